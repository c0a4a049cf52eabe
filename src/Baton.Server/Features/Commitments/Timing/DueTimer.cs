using Baton.Core.Commitments;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Baton.Server.Features.BusinessHours;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>
/// At the due instant without an outcome: Overdue, owner and lead told, repeated alerts scheduled, and the escalation
/// ladder started.
/// </summary>
public sealed class DueTimer(TimerWork work) : ITimerHandler
{
    public string Kind => CommitmentTimerKinds.Due;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var c = await CommitmentWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null || c.IsClosed || c.IsOnHold || c.Status == CommitmentStatus.Overdue || now < c.Due)
        {
            // Closed, paused, already overdue, or moved later (renegotiated, resumed): the rescheduled timer takes over.
            return;
        }
        var lead = await People.TeamLeadOfAsync(db, c.OwnerId, ct);
        var effects = c.MarkOverdue(now, lead);
        await work.ApplyAsync(db, now, effects, [c], ct);

        db.Schedule(CommitmentTimerKinds.OverdueRepeat, c.Id, now + ReminderPolicy.Default.RepeatOverdueEvery, now);
        var department = c.DepartmentId ?? await Leadership.DepartmentOfAsync(db, c.OwnerId, ct);
        var ladder = await BusinessHoursLookup.LadderForAsync(db, c.Kind, department, ct);
        var (calendar, _) = await BusinessHoursLookup.ForDepartmentAsync(db, department, ct);
        db.Schedule(CommitmentTimerKinds.Escalation, c.Id, ladder.StepDueAt(0, c.Due, calendar), now, "0");
    }
}
