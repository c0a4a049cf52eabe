using Baton.Core;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Timers;

/// <summary>Scheduling and cancelling timers inside the caller's unit of work.</summary>
public static class Timers
{
    public static ScheduledTimer Schedule(this BatonDb db, string kind, Guid subjectId, DateTime dueAt, DateTime now, string? payload = null)
    {
        var timer = new ScheduledTimer
        {
            Kind = kind,
            SubjectId = subjectId,
            DueAt = Instants.Normalize(dueAt),
            Payload = payload,
            CreatedAt = Instants.Normalize(now),
        };
        db.Set<ScheduledTimer>().Add(timer);
        return timer;
    }

    /// <summary>Cancels the pending timers of a subject (all kinds, or those starting with a prefix such as "commitment.").</summary>
    public static async Task<int> CancelAsync(this BatonDb db, Guid subjectId, string kindPrefix, DateTime now, CancellationToken ct)
    {
        var pending = await db.Set<ScheduledTimer>()
            .Where(t => t.SubjectId == subjectId && t.FiredAt == null && t.CancelledAt == null && t.Kind.StartsWith(kindPrefix))
            .ToListAsync(ct);
        foreach (var timer in pending)
        {
            timer.CancelledAt = Instants.Normalize(now);
        }
        return pending.Count;
    }
}
