using Baton.Core.Routing;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>An offer as its person sees it: what the work is, and until when they can take it.</summary>
public sealed record OfferView(Guid Id, Guid WorkItemId, WorkItemKind Kind, Guid ReferenceId, string Queue, string Description,
    DateTime OfferedAt, DateTime ExpiresAt, OfferStatus Status);

/// <summary>A rule as managers see and edit it.</summary>
public sealed record RoutingRuleView(Guid Id, string Queue, Guid? DepartmentId, string? DepartmentName, IReadOnlyList<string> RequiredSkills,
    int Priority, int OfferTimeoutSeconds, Guid? OverflowDepartmentId, string? OverflowDepartmentName, int? OverflowAfterSeconds, int? DefaultCapacity,
    int Version);

public static class RoutingViews
{
    public static string KindText(WorkItemKind kind) => kind switch
    {
        WorkItemKind.InboundCall => "inbound call",
        WorkItemKind.Handoff => "hand-off",
        WorkItemKind.Callback => "due callback",
        WorkItemKind.Case => "case",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of work."),
    };

    /// <summary>One line per item: what was promised for commitments, the workflow and customer for cases, the queue for calls.</summary>
    public static async Task<Dictionary<Guid, string>> DescribeAsync(BatonDb db, IReadOnlyCollection<WorkItem> items, CancellationToken ct)
    {
        var commitmentIds = items.Where(i => i.Kind is WorkItemKind.Handoff or WorkItemKind.Callback).Select(i => i.ReferenceId).ToList();
        var commitments = await db.Commitments.AsNoTracking().Where(c => commitmentIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.What, ct);
        var caseIds = items.Where(i => i.Kind == WorkItemKind.Case).Select(i => i.ReferenceId).ToList();
        var cases = await (from c in db.Cases.AsNoTracking()
                           join customer in db.Customers on c.CustomerId equals customer.Id
                           where caseIds.Contains(c.Id)
                           select new { c.Id, c.WorkflowKey, Customer = customer.Name })
            .ToDictionaryAsync(c => c.Id, c => $"{c.WorkflowKey} for {c.Customer}", ct);
        return items.ToDictionary(i => i.Id, i => i.Kind switch
        {
            WorkItemKind.Handoff or WorkItemKind.Callback => $"{Capitalized(KindText(i.Kind))}: {commitments.GetValueOrDefault(i.ReferenceId, "(gone)")}",
            WorkItemKind.Case => $"Case {cases.GetValueOrDefault(i.ReferenceId, "(gone)")}",
            WorkItemKind.InboundCall => $"Inbound call waiting in {i.Queue}",
            _ => throw new ArgumentOutOfRangeException(nameof(items), i.Kind, "Unknown kind of work."),
        });
    }

    public static async Task<List<OfferView>> OffersAsync(BatonDb db, IReadOnlyCollection<WorkOffer> offers, CancellationToken ct)
    {
        var itemIds = offers.Select(o => o.WorkItemId).ToList();
        var items = await db.WorkItems.AsNoTracking().Where(w => itemIds.Contains(w.Id)).ToListAsync(ct);
        var texts = await DescribeAsync(db, items, ct);
        var byId = items.ToDictionary(i => i.Id);
        return offers.Where(o => byId.ContainsKey(o.WorkItemId)).Select(o =>
        {
            var item = byId[o.WorkItemId];
            return new OfferView(o.Id, item.Id, item.Kind, item.ReferenceId, item.Queue, texts[item.Id], o.OfferedAt, o.ExpiresAt, o.Status);
        }).ToList();
    }

    public static async Task<List<RoutingRuleView>> RulesAsync(BatonDb db, IEnumerable<RoutingRule> rules, CancellationToken ct)
    {
        var names = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Id, d => d.Name, ct);
        string? Name(Guid? id) => id is { } d ? names.GetValueOrDefault(d) : null;
        return rules.OrderBy(r => r.Queue, StringComparer.OrdinalIgnoreCase).Select(r => new RoutingRuleView(
            r.Id, r.Queue, r.DepartmentId, Name(r.DepartmentId), r.RequiredSkills, r.Priority, r.OfferTimeoutSeconds, r.OverflowDepartmentId,
            Name(r.OverflowDepartmentId), r.OverflowAfterSeconds, r.DefaultCapacity, r.Version)).ToList();
    }

    private static string Capitalized(string text) => string.Concat(text[..1].ToUpperInvariant(), text.AsSpan(1));
}
