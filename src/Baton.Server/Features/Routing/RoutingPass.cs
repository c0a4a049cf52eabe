using Baton.Core.Audit;
using Baton.Core.Routing;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Timers;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// One routing pass, staged on the dispatcher's unit of work: bring the queues in line with their sources, read the
/// state, ask the pure <see cref="Router"/>, and apply its decision — lapsed offers expire, overflowing work moves,
/// new offers are made with an expiry timer each, and a timer is set for the next overflow.
/// </summary>
public static class RoutingPass
{
    /// <summary>How much of the backlog one pass looks at, oldest first.</summary>
    public const int MaxBacklog = 5_000;

    public static async Task<RoutingDecision> RunAsync(BatonDb db, DateTime now, CancellationToken ct)
    {
        await RoutingSources.SyncAsync(db, now, ct);
        // A dispatcher batch may run several passes on one unit of work before it saves: what earlier passes staged
        // (new offers, lapsed ones, new items) is in the context, not yet in the database, so the state is read from both.
        await db.WorkItems.Where(w => w.Status == WorkItemStatus.Queued).OrderBy(w => w.EnqueuedAt).Take(MaxBacklog).LoadAsync(ct);
        await db.WorkOffers.Where(o => o.Status == OfferStatus.Open).LoadAsync(ct);
        var items = db.WorkItems.Local.Where(w => w.IsQueued).OrderBy(w => w.EnqueuedAt).ToList();
        var byId = items.ToDictionary(w => w.Id);
        var offers = db.WorkOffers.Local.Where(o => o.IsOpen).ToList();
        var refused = await (
                from o in db.WorkOffers.AsNoTracking()
                join w in db.WorkItems on o.WorkItemId equals w.Id
                where w.Status == WorkItemStatus.Queued && (o.Status == OfferStatus.Declined || o.Status == OfferStatus.Expired)
                select new { o.WorkItemId, o.PersonId })
            .ToListAsync(ct);
        var refusedBy = refused.Select(r => (r.WorkItemId, r.PersonId))
            .Concat(db.WorkOffers.Local.Where(o => o.Refused).Select(o => (o.WorkItemId, o.PersonId)))
            .ToLookup(r => r.WorkItemId, r => r.PersonId);
        var rules = await db.RoutingRules.AsNoTracking().ToListAsync(ct);
        var people = await RoutingCandidates.LoadAsync(db, now, ct);

        var state = new RoutingState(
            [.. items.Select(w => w.ToQueued(refusedBy[w.Id]))], people, [.. offers.Select(o => o.ToOpen())], new RuleBook(rules));
        var decision = Router.Decide(state, now);

        var offersById = offers.ToDictionary(o => o.Id);
        foreach (var lapsed in decision.Expired)
        {
            var offer = offersById[lapsed.Id];
            offer.Expire(now);
            RoutingWork.Tell(db, offer.Id, offer.PersonId);
            if (byId.TryGetValue(offer.WorkItemId, out var item))
            {
                item.Touch();
                await RoutingWork.RecordAsync(db, Actor.System, now, item, AuditEventType.WorkItemOfferExpired, new { offerId = offer.Id, offer.PersonId },
                    null, "The offer was not answered in time", ct);
            }
        }
        await ApplyOverflowsAsync(db, decision, byId, now, ct);
        foreach (var made in decision.Offers)
        {
            var item = byId[made.WorkItemId];
            var offer = new WorkOffer(Guid.CreateVersion7(), item.Id, made.PersonId, now, made.ExpiresAt);
            db.WorkOffers.Add(offer);
            item.Touch();
            db.Schedule(RoutingPasses.OfferExpiryKind, offer.Id, offer.ExpiresAt, now);
            await RoutingWork.RecordAsync(db, Actor.System, now, item, AuditEventType.WorkItemOffered, null,
                new { offerId = offer.Id, made.PersonId, offer.ExpiresAt }, null, ct);
            RoutingWork.Notify(db, made.PersonId, item, $"New work offered to you ({RoutingViews.KindText(item.Kind)}, {item.Queue}): accept it on your desk.", now);
            RoutingWork.Tell(db, offer.Id, made.PersonId);
        }
        await ScheduleOverflowChecksAsync(db, decision, now, ct);
        return decision;
    }

    private static async Task ApplyOverflowsAsync(BatonDb db, RoutingDecision decision, Dictionary<Guid, WorkItem> items, DateTime now, CancellationToken ct)
    {
        if (decision.Overflows.Count == 0)
        {
            return;
        }
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        foreach (var overflow in decision.Overflows)
        {
            var item = items[overflow.WorkItemId];
            var before = new { item.Queue, item.DepartmentId };
            item.OverflowTo(overflow.ToDepartmentId, names.GetValueOrDefault(overflow.ToDepartmentId, item.Queue));
            await RoutingWork.RecordAsync(db, Actor.System, now, item, AuditEventType.WorkItemOverflowed, before, new { item.Queue, item.DepartmentId },
                "Waited past the queue's overflow time", ct);
        }
    }

    private static async Task ScheduleOverflowChecksAsync(BatonDb db, RoutingDecision decision, DateTime now, CancellationToken ct)
    {
        if (decision.OverflowChecks.Count == 0)
        {
            return;
        }
        var ids = decision.OverflowChecks.Select(c => c.WorkItemId).ToList();
        var pending = (await db.Timers.AsNoTracking()
                .Where(t => t.Kind == RoutingPasses.OverflowKind && ids.Contains(t.SubjectId) && t.FiredAt == null && t.CancelledAt == null)
                .Select(t => new { t.SubjectId, t.DueAt }).ToListAsync(ct))
            .Select(t => (t.SubjectId, t.DueAt))
            .Concat(db.Timers.Local.Where(t => t.Kind == RoutingPasses.OverflowKind && t.IsPending).Select(t => (t.SubjectId, t.DueAt)))
            .ToHashSet();
        foreach (var check in decision.OverflowChecks.Where(c => !pending.Contains((c.WorkItemId, c.At))))
        {
            db.Schedule(RoutingPasses.OverflowKind, check.WorkItemId, check.At, now);
        }
    }
}
