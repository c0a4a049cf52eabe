using Baton.Server.Data;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>A hand-off still not accepted when the receiving department's acceptance SLA runs out escalates to its head.</summary>
public sealed class AcceptanceSlaTimer(TimerWork work) : ITimerHandler
{
    public string Kind => CommitmentTimerKinds.AcceptanceSla;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var c = await CommitmentWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null || c.IsClosed || c.IsOnHold || !c.AwaitingAcceptance || c.DepartmentId is null)
        {
            return;
        }
        var head = await People.DepartmentHeadOfAsync(db, c.DepartmentId, ct) ?? await People.AnyManagerAsync(db, ct);
        if (head is { } headId)
        {
            await Escalate.ToAsync(db, work, c, headId, "Hand-off not accepted within the department's acceptance SLA", now, ct);
        }
    }
}
