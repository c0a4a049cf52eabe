using Baton.Core;
using Baton.Core.Commitments;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Baton.Server.Features.BusinessHours;
using Baton.Server.Features.Timers;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>
/// Keeps a commitment's timers in line with its state: reminders before due (only in the owner's working hours), the due
/// instant, the hand-off acceptance SLA (business time of the receiving department) and the next attempt. Called in the same
/// unit of work as every change; unchanged timers are kept, stale ones cancelled, missing ones scheduled.
/// </summary>
public static class CommitmentTimers
{
    private sealed record Wanted(string Kind, DateTime DueAt, string? Payload);

    public static async Task RescheduleAsync(BatonDb db, Commitment commitment, DateTime now, CancellationToken ct)
    {
        now = Instants.Normalize(now);
        if (commitment.IsClosed)
        {
            await db.CancelAsync(commitment.Id, CommitmentTimerKinds.Prefix, now, ct);
            return;
        }
        var wanted = await WantedAsync(db, commitment, now, ct);
        var pending = await db.Timers
            .Where(t => t.SubjectId == commitment.Id && t.FiredAt == null && t.CancelledAt == null && CommitmentTimerKinds.FollowState.Contains(t.Kind))
            .ToListAsync(ct);
        foreach (var timer in pending)
        {
            var match = wanted.FirstOrDefault(w => w.Kind == timer.Kind && w.DueAt == timer.DueAt && w.Payload == timer.Payload);
            if (match is null)
            {
                timer.CancelledAt = now;
            }
            else
            {
                wanted.Remove(match);
            }
        }
        foreach (var w in wanted)
        {
            db.Schedule(w.Kind, commitment.Id, w.DueAt, now, w.Payload);
        }
    }

    private static async Task<List<Wanted>> WantedAsync(BatonDb db, Commitment c, DateTime now, CancellationToken ct)
    {
        var wanted = new List<Wanted>();
        if (c.IsOnHold)
        {
            // The SLA clock is paused: nothing follows the state until the hold ends.
            return wanted;
        }
        if (c.Status != CommitmentStatus.Overdue)
        {
            wanted.Add(new Wanted(CommitmentTimerKinds.Due, c.Due, null));
            var working = await People.WorkingHoursAsync(db, c.OwnerId, now, c.Due, ct);
            foreach (var reminder in ReminderPolicy.Default.RemindersBetween(c.CreatedAt, c.Due, now))
            {
                if (ReminderPolicy.WithinRecipientHours(reminder, c.Due, working) is { } at && wanted.All(w => w.DueAt != at || w.Kind != CommitmentTimerKinds.Reminder))
                {
                    wanted.Add(new Wanted(CommitmentTimerKinds.Reminder, at, null));
                }
            }
        }
        if (c.AwaitingAcceptance && c.DepartmentId is { } department && c.HandedOffById is not null)
        {
            var (calendar, sla) = await BusinessHoursLookup.ForDepartmentAsync(db, department, ct);
            var handedOffAt = c.Custody[^1].At;
            wanted.Add(new Wanted(CommitmentTimerKinds.AcceptanceSla, calendar.AddBusinessTime(handedOffAt, sla), null));
        }
        if (c.Attempts.Count > 0 && c.Attempts[^1].Result != AttemptResult.Reached &&
            AttemptPolicy.For(c.Kind).NextAttemptAt(c.Attempts, now) is { } next)
        {
            wanted.Add(new Wanted(CommitmentTimerKinds.NextAttempt, next, null));
        }
        return wanted;
    }
}
