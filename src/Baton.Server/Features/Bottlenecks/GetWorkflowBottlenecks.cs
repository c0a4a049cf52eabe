using System.Globalization;
using Baton.Core;
using Baton.Core.Metrics;
using Baton.Core.Workflows;
using Baton.Core.Workflows.Bottlenecks;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Bottlenecks;

/// <summary>
/// GET /api/v1/workflows/{key}/bottlenecks?version=&amp;from=&amp;to=: per node, time in node (p50, p90), passes, cases
/// waiting now, exits and transfers, and a heat from 0 to 1, over a period (default: the last 30 days).
/// </summary>
public static class GetWorkflowBottlenecks
{
    /// <summary>What the page and the chart need beside the view: the definition drawn and the report computed.</summary>
    public sealed record Result(BottleneckWorkflow Workflow, BottleneckReport Report, WorkflowBottlenecksView View);

    public static async Task<Results<Ok<WorkflowBottlenecksView>, NotFound>> Handle(string key, int? version, DateTime? from, DateTime? to, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var result = await ExecuteAsync(db, key, version, BottleneckPeriod.Of(from, to, now), now, ct);
        return result is null ? TypedResults.NotFound() : TypedResults.Ok(result.View);
    }

    public static async Task<Result?> ExecuteAsync(BatonDb db, string key, int? version, Period period, DateTime now, CancellationToken ct)
    {
        var workflow = await BottleneckQuery.WorkflowAsync(db, key, version, ct);
        if (workflow is null)
        {
            return null;
        }
        var facts = await BottleneckQuery.FactsAsync(db, key, period, null, ct);
        var report = BottleneckAnalysis.Compute(facts, period, version, now);
        var chart = workflow.Chart;
        var others = report.Nodes.Where(n => chart.Nodes.All(c => c.Id != n.NodeId)).Select(n => n.NodeId);
        var nodes = chart.Nodes.Select(n => n.Id).Concat(others)
            .Select(id => NodeView(workflow.NodeNamed(id), report.Node(id), chart.Nodes.Any(c => c.Id == id))).ToList();
        var view = new WorkflowBottlenecksView(key, chart.Title, version, chart.Version, [.. workflow.Versions.Select(d => d.Version)],
            period.From, period.To, report.Window.AsOf, report.Cases, report.SlowestP90?.TotalSeconds, nodes, ChartUrl(key, version, period));
        return new Result(workflow, report, view);
    }

    private static BottleneckNodeView NodeView(WorkflowNode? node, NodeBottleneck f, bool inChart) => new(
        f.NodeId,
        node?.Title,
        node?.Kind.ToString(),
        inChart,
        f.Visits,
        f.Cases,
        f.Median?.TotalSeconds,
        f.P90?.TotalSeconds,
        f.Waiting,
        f.LongestWaiting?.TotalSeconds,
        new BottleneckExitsView(f.Exits.Completed, f.Exits.Cancelled, f.Exits.Abandoned, f.Exits.Total),
        f.TransfersOut,
        f.Heat,
        HeatScale.ColorOf(f.Heat),
        BottleneckOverlay.Lines(node?.Kind ?? NodeKind.Step, f),
        node is null ? f.NodeId : BottleneckOverlay.Describe(node, f));

    public static string ChartUrl(string key, int? version, Period period) =>
        $"/api/v1/workflows/{Uri.EscapeDataString(key)}/bottlenecks/chart.svg?{Query(version, period)}";

    /// <summary>The query string that names the same report: version (when one) and the period's instants.</summary>
    public static string Query(int? version, Period period) =>
        (version is { } v ? $"version={v.ToString(CultureInfo.InvariantCulture)}&" : "")
        + $"from={Uri.EscapeDataString(Instants.Format(period.From))}&to={Uri.EscapeDataString(Instants.Format(period.To))}";
}
