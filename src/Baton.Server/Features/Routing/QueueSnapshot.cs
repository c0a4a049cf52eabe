using Baton.Core;
using Baton.Core.Organization;
using Baton.Core.Routing;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>GET /api/v1/routing/queue (leaders): what waits, oldest first, who it is offered to, and who is available to take work.</summary>
public static class QueueSnapshot
{
    public sealed record QueuedView(Guid Id, WorkItemKind Kind, Guid ReferenceId, string Queue, string? DepartmentName, string Description,
        IReadOnlyList<string> RequiredSkills, int? Priority, DateTime EnqueuedAt, int WaitingSeconds, bool Overflowed, string? OfferedTo,
        DateTime? OfferExpiresAt);

    public sealed record Snapshot(DateTime At, int Available, int Assigned, IReadOnlyList<QueuedView> Queued);

    public static async Task<Snapshot> Handle(BatonDb db, TimeProvider time, CancellationToken ct) =>
        await QueryAsync(db, Instants.FromTimeProvider(time), ct);

    public static async Task<Snapshot> QueryAsync(BatonDb db, DateTime now, CancellationToken ct)
    {
        var items = await db.WorkItems.AsNoTracking().Where(w => w.Status == WorkItemStatus.Queued)
            .OrderBy(w => w.EnqueuedAt).Take(RoutingPass.MaxBacklog).ToListAsync(ct);
        var ids = items.Select(i => i.Id).ToList();
        var offers = await (from o in db.WorkOffers.AsNoTracking()
                            join p in db.People on o.PersonId equals p.Id
                            where o.Status == OfferStatus.Open && ids.Contains(o.WorkItemId)
                            select new { o.WorkItemId, p.DisplayName, o.ExpiresAt })
            .ToDictionaryAsync(o => o.WorkItemId, ct);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        var texts = await RoutingViews.DescribeAsync(db, items, ct);
        var available = await db.People.CountAsync(p => p.Active && p.Presence == Presence.Available, ct);
        var assigned = await db.WorkItems.CountAsync(w => w.Status == WorkItemStatus.Assigned, ct);
        return new Snapshot(now, available, assigned, items.Select(i => new QueuedView(
            i.Id, i.Kind, i.ReferenceId, i.Queue, i.DepartmentId is { } d ? departments.GetValueOrDefault(d) : null, texts[i.Id], i.RequiredSkills,
            i.Priority, i.EnqueuedAt, (int)Math.Max(0, (now - i.EnqueuedAt).TotalSeconds), i.Overflowed,
            offers.GetValueOrDefault(i.Id)?.DisplayName, offers.GetValueOrDefault(i.Id)?.ExpiresAt)).ToList());
    }
}
