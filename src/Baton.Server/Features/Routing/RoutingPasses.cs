using Baton.Server.Data;
using Baton.Server.Features.Timers;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// A routing pass runs as a timer row (<see cref="Kind"/>, due at once), so it happens after the change that asked for it
/// has committed, in its own transaction, on whichever node claims it. At most one pass waits at a time: asking again
/// while one is pending changes nothing.
/// </summary>
public static class RoutingPasses
{
    public const string Kind = "routing.pass";
    public const string OfferExpiryKind = "routing.offer-expiry";
    public const string OverflowKind = "routing.overflow";
    /// <summary>A pass concerns the routing as a whole, not one subject.</summary>
    public static readonly Guid Subject = Guid.Empty;

    public static async Task RequestAsync(BatonDb db, DateTime now, CancellationToken ct)
    {
        if (db.ChangeTracker.Entries<ScheduledTimer>().Any(e => e.State == EntityState.Added && e.Entity.Kind == Kind))
        {
            return;
        }
        // A pass being fired in this very unit of work is still pending in the database but will not look again.
        var pending = await db.Timers.AsNoTracking()
            .Where(t => t.SubjectId == Subject && t.Kind == Kind && t.FiredAt == null && t.CancelledAt == null).Select(t => t.Id).ToListAsync(ct);
        var firing = db.Timers.Local.Where(t => t.Kind == Kind && t.FiredAt != null).Select(t => t.Id).ToHashSet();
        if (pending.Any(id => !firing.Contains(id)))
        {
            return;
        }
        db.Schedule(Kind, Subject, now, now);
    }
}
