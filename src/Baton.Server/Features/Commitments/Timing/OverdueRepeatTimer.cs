using Baton.Core;
using Baton.Core.Commitments;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>Repeats the overdue alert to the owner and their lead on the policy interval until someone acts.</summary>
public sealed class OverdueRepeatTimer(TimerWork work) : ITimerHandler
{
    public string Kind => CommitmentTimerKinds.OverdueRepeat;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var c = await CommitmentWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null || c.Status != CommitmentStatus.Overdue || !EscalationLadder.StillApplies(c))
        {
            return;
        }
        if (!c.IsOnHold)
        {
            var minutes = (int)Math.Round((now - c.Due).TotalMinutes);
            var text = $"Still overdue ({minutes} min past {Instants.Display(c.Due)}): {c.Kind} — {c.What}";
            work.Notify(db, c.OwnerId, c.Id, text, now);
            work.Notify(db, await People.TeamLeadOfAsync(db, c.OwnerId, ct), c.Id, text, now);
        }
        db.Schedule(CommitmentTimerKinds.OverdueRepeat, c.Id, now + ReminderPolicy.Default.RepeatOverdueEvery, now);
    }
}
