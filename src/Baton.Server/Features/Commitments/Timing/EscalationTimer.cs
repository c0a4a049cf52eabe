using System.Globalization;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Baton.Server.Features.BusinessHours;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>One rung of the escalation ladder; the ladder stops as soon as the item is acted on.</summary>
public sealed class EscalationTimer(TimerWork work) : ITimerHandler
{
    public string Kind => CommitmentTimerKinds.Escalation;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var c = await CommitmentWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null || !EscalationLadder.StillApplies(c) || c.IsOnHold)
        {
            return;
        }
        var step = int.Parse(timer.Payload ?? "0", CultureInfo.InvariantCulture);
        var department = c.DepartmentId ?? await Leadership.DepartmentOfAsync(db, c.OwnerId, ct);
        var ladder = await BusinessHoursLookup.LadderForAsync(db, c.Kind, department, ct);
        if (step >= ladder.Steps.Count)
        {
            return;
        }
        var target = ladder.Steps[step].Target switch
        {
            EscalationTarget.TeamLead => await People.TeamLeadOfAsync(db, c.OwnerId, ct),
            EscalationTarget.DepartmentHead => await People.DepartmentHeadOfAsync(db, department, ct),
            EscalationTarget.Manager => await People.AnyManagerAsync(db, ct),
            _ => null,
        };
        var minutes = (int)Math.Round((now - c.Due).TotalMinutes);
        if (target is { } targetId)
        {
            await Escalate.ToAsync(db, work, c, targetId, $"Overdue {minutes} min: escalation step {step + 1} ({ladder.Steps[step].Target})", now, ct);
        }
        if (step + 1 < ladder.Steps.Count)
        {
            var (calendar, _) = await BusinessHoursLookup.ForDepartmentAsync(db, department, ct);
            db.Schedule(Kind, c.Id, ladder.StepDueAt(step + 1, c.Due, calendar), now, (step + 1).ToString(CultureInfo.InvariantCulture));
        }
    }
}
