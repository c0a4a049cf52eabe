using Baton.Core.Audit;
using Baton.Core.Routing;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// How other features put work into routing and take it out again; telephony uses it for inbound calls:
/// <code>
/// await RoutingQueue.EnqueueAsync(db, WorkItemKind.InboundCall, callId, "sales", now, Actor.System, ct: ct);   // the call rings in
/// await RoutingQueue.WithdrawAsync(db, callId, now, Actor.System, "The caller hung up", ct);                 // gone before anyone took it
/// await RoutingQueue.FinishAsync(db, callId, now, Actor.System, ct);                                          // the call ended
/// var agent = await RoutingQueue.AssigneeOfAsync(db, callId, ct);                                             // who accepted it
/// </code>
/// Every method only stages changes on the caller's <see cref="BatonDb"/> (the work item, its audit event, a request for
/// a routing pass) and never calls SaveChanges, so the change commits or rolls back with the caller's own, in the same
/// transaction. The offer follows from the routing pass that the timer dispatcher runs once that transaction commits.
/// Accepting an offer for a call assigns it to the person; the call itself is the caller's business.
/// </summary>
public static class RoutingQueue
{
    /// <summary>
    /// Queues work about <paramref name="referenceId"/>, unless it is already queued or assigned (then that item is returned).
    /// The queue name picks the rule (skills, priority, timeout, overflow); <paramref name="departmentId"/> limits who may take it.
    /// </summary>
    public static async Task<WorkItem> EnqueueAsync(BatonDb db, WorkItemKind kind, Guid referenceId, string queue, DateTime enqueuedAt,
        Actor actor, Guid? departmentId = null, IEnumerable<string>? requiredSkills = null, int? priority = null,
        IEnumerable<Guid>? excluded = null, CancellationToken ct = default)
    {
        var open = await OpenItemAsync(db, referenceId, ct);
        if (open is not null)
        {
            return open;
        }
        var item = WorkItem.Enqueue(Guid.CreateVersion7(), kind, referenceId, queue, departmentId, requiredSkills, priority, enqueuedAt, excluded);
        db.WorkItems.Add(item);
        await RoutingWork.RecordAsync(db, actor, item.EnqueuedAt, item, AuditEventType.WorkItemQueued, null, RoutingWork.Snapshot(item), null, ct);
        await RoutingPasses.RequestAsync(db, item.EnqueuedAt, ct);
        return item;
    }

    /// <summary>Takes queued work out of its queue (and closes its open offer). False when nothing about it was queued.</summary>
    public static async Task<bool> WithdrawAsync(BatonDb db, Guid referenceId, DateTime now, Actor actor, string? reason = null, CancellationToken ct = default)
    {
        var item = await OpenItemAsync(db, referenceId, ct);
        if (item is not { IsQueued: true })
        {
            return false;
        }
        await WithdrawAsync(db, item, now, actor, reason, ct);
        await RoutingPasses.RequestAsync(db, now, ct);
        return true;
    }

    /// <summary>The assigned person is done with the work: their capacity frees up and their idle time starts now.</summary>
    public static async Task<bool> FinishAsync(BatonDb db, Guid referenceId, DateTime now, Actor actor, CancellationToken ct = default)
    {
        var item = await OpenItemAsync(db, referenceId, ct);
        if (item is not { Status: WorkItemStatus.Assigned })
        {
            return false;
        }
        await FinishAsync(db, item, now, actor, ct);
        await RoutingPasses.RequestAsync(db, now, ct);
        return true;
    }

    /// <summary>Who accepted the work, while they hold it.</summary>
    public static Task<Guid?> AssigneeOfAsync(BatonDb db, Guid referenceId, CancellationToken ct = default) =>
        db.WorkItems.AsNoTracking().Where(w => w.ReferenceId == referenceId && w.Status == WorkItemStatus.Assigned)
            .Select(w => w.AssigneeId).FirstOrDefaultAsync(ct);

    internal static async Task WithdrawAsync(BatonDb db, WorkItem item, DateTime now, Actor actor, string? reason, CancellationToken ct)
    {
        item.Withdraw(now);
        foreach (var offer in await db.WorkOffers.Where(o => o.WorkItemId == item.Id && o.Status == OfferStatus.Open).ToListAsync(ct))
        {
            offer.Withdraw(now);
            RoutingWork.Tell(db, offer.Id, offer.PersonId);
        }
        await RoutingWork.RecordAsync(db, actor, now, item, AuditEventType.WorkItemWithdrawn, new { status = nameof(WorkItemStatus.Queued) },
            new { status = item.Status.ToString() }, reason, ct);
    }

    internal static async Task FinishAsync(BatonDb db, WorkItem item, DateTime now, Actor actor, CancellationToken ct)
    {
        item.Finish(now);
        if (item.AssigneeId is { } person)
        {
            (await ProfileAsync(db, person, ct)).NoteWork(now);
        }
        await RoutingWork.RecordAsync(db, actor, now, item, AuditEventType.WorkItemFinished, new { status = nameof(WorkItemStatus.Assigned) },
            new { status = item.Status.ToString(), item.AssigneeId }, null, ct);
    }

    /// <summary>The person's routing profile, added when they have none yet.</summary>
    internal static async Task<RoutingProfile> ProfileAsync(BatonDb db, Guid personId, CancellationToken ct)
    {
        var profile = db.RoutingProfiles.Local.FirstOrDefault(p => p.PersonId == personId)
                      ?? await db.RoutingProfiles.FirstOrDefaultAsync(p => p.PersonId == personId, ct);
        if (profile is null)
        {
            profile = new RoutingProfile(personId);
            db.RoutingProfiles.Add(profile);
        }
        return profile;
    }

    private static async Task<WorkItem?> OpenItemAsync(BatonDb db, Guid referenceId, CancellationToken ct) =>
        db.WorkItems.Local.FirstOrDefault(w => w.ReferenceId == referenceId && w.Status is WorkItemStatus.Queued or WorkItemStatus.Assigned)
        ?? await db.WorkItems.FirstOrDefaultAsync(w => w.ReferenceId == referenceId && (w.Status == WorkItemStatus.Queued || w.Status == WorkItemStatus.Assigned), ct);
}
