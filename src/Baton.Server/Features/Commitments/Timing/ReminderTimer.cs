using Baton.Core;
using Baton.Server.Data;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>Reminds the owner before the due time (the instants were chosen inside the owner's working hours).</summary>
public sealed class ReminderTimer(TimerWork work) : ITimerHandler
{
    public string Kind => CommitmentTimerKinds.Reminder;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var c = await CommitmentWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null || c.IsClosed || c.IsOnHold || now >= c.Due)
        {
            return;
        }
        var left = c.Due - now;
        var inWords = left.TotalHours >= 1 ? $"{Math.Round(left.TotalHours, 1)} h" : $"{Math.Ceiling(left.TotalMinutes)} min";
        work.Notify(db, c.OwnerId, c.Id, $"Reminder: {c.Kind} due in {inWords} ({Instants.Display(c.Due)}): {c.What}", now);
    }
}
