using Baton.Core;
using Baton.Core.Metrics;
using Baton.Core.Workflows.Bottlenecks;
using Baton.Server.Data;
using Baton.Server.Features.Cases;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Bottlenecks;

/// <summary>
/// GET /api/v1/workflows/{key}/bottlenecks/{nodeId}/cases?slowest=20&amp;version=&amp;from=&amp;to=: the cases that spent
/// the most time at a node in the period (every pass added up, a pass still open counted so far), with owner and link.
/// </summary>
public static class GetSlowCases
{
    public static async Task<Results<Ok<SlowCasesView>, NotFound>> Handle(string key, string nodeId, int? slowest, int? version, DateTime? from,
        DateTime? to, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var view = await ExecuteAsync(db, key, nodeId, slowest ?? SlowCases.DefaultTake, version, BottleneckPeriod.Of(from, to, now), now, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    /// <summary>Null when the workflow is unknown or none of its versions considered has the node.</summary>
    public static async Task<SlowCasesView?> ExecuteAsync(BatonDb db, string key, string nodeId, int take, int? version, Period period, DateTime now,
        CancellationToken ct)
    {
        var workflow = await BottleneckQuery.WorkflowAsync(db, key, version, ct);
        var node = workflow is null ? null : version is null ? workflow.NodeNamed(nodeId) : workflow.Chart.Nodes.FirstOrDefault(n => n.Id == nodeId);
        if (node is null)
        {
            return null;
        }
        var facts = await BottleneckQuery.FactsAsync(db, key, period, nodeId, ct);
        var slow = SlowCases.At(nodeId, facts.Visits, period, version, now, take);
        var ids = slow.Select(s => s.CaseId).ToList();
        var cases = await db.Cases.AsNoTracking().IgnoreAutoIncludes().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.CustomerId, c.OwnerId, c.Status, c.CurrentNodeId, c.WorkflowVersion })
            .ToDictionaryAsync(c => c.Id, ct);
        var customerIds = cases.Values.Select(c => c.CustomerId).Distinct().ToList();
        var ownerIds = cases.Values.Select(c => c.OwnerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var window = BottleneckWindow.Of(period, now);
        return new SlowCasesView(key, nodeId, node.Title, version, period.From, period.To, window.AsOf, [.. slow.Select(s =>
        {
            var c = cases[s.CaseId];
            return new SlowCaseView(s.CaseId, new CaseParty(c.CustomerId, customers.GetValueOrDefault(c.CustomerId) ?? "unknown customer"),
                new CaseParty(c.OwnerId, owners.GetValueOrDefault(c.OwnerId) ?? "unknown"), c.Status.ToString(), c.CurrentNodeId, c.WorkflowVersion,
                s.TimeInNode.TotalSeconds, s.Passes, s.Waiting, s.LastEnteredAt, $"/cases/{s.CaseId:D}");
        })]);
    }
}
