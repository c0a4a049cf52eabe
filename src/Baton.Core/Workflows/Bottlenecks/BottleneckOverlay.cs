using System.Globalization;

namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>
/// Turns a report into a flowchart overlay: each node of the definition filled by its heat, with "p50 3m · p90 12m" and
/// "25 visits · 2 waiting" (an End node: "4 exits") under its title, a description with every figure, and a legend.
/// </summary>
public static class BottleneckOverlay
{
    /// <summary>The overlay of every node of the definition; <paramref name="linkOf"/> gives the address a node links to (its slowest cases, say).</summary>
    public static FlowchartOverlay For(WorkflowDefinition definition, BottleneckReport report, Func<string, string?>? linkOf = null)
    {
        var nodes = definition.Nodes.ToDictionary(n => n.Id, n => Node(n, report.Node(n.Id), linkOf?.Invoke(n.Id)), StringComparer.Ordinal);
        var slowest = report.SlowestP90 is { } p ? $" ({DurationText.Compact(p)})" : "";
        var legend = HeatScale.Shades.Select((shade, step) => new OverlayLegendEntry(shade, HeatScale.Describe(step)))
            .Append(new OverlayLegendEntry(HeatScale.NoData, "no pass finished in the period"))
            .ToList();
        return new FlowchartOverlay($"time in node: each node's p90 against the slowest node's p90{slowest}", nodes, legend);
    }

    public static NodeOverlay Node(WorkflowNode node, NodeBottleneck figures, string? link = null) =>
        new(HeatScale.ColorOf(figures.Heat), Lines(node.Kind, figures), Describe(node, figures), link);

    public static IReadOnlyList<string> Lines(NodeKind kind, NodeBottleneck f)
    {
        if (kind == NodeKind.End)
        {
            return [Count(f.Exits.Total, "exit", "exits")];
        }
        var time = f.Visits > 0 ? $"p50 {DurationText.Compact(f.Median)} · p90 {DurationText.Compact(f.P90)}" : "no finished visits";
        var counts = new List<string> { Count(f.Visits, "visit", "visits") };
        if (f.Exits.Total > 0)
        {
            counts.Add(Count(f.Exits.Total, "exit", "exits"));
        }
        if (f.Waiting > 0)
        {
            counts.Add($"{f.Waiting.ToString(CultureInfo.InvariantCulture)} waiting");
        }
        return [time, string.Join(" · ", counts)];
    }

    public static string Describe(WorkflowNode node, NodeBottleneck f)
    {
        var parts = new List<string>
        {
            f.Visits > 0
                ? $"{Count(f.Visits, "pass", "passes")} finished by {Count(f.Cases, "case", "cases")}, time in node p50 {DurationText.Compact(f.Median)}, p90 {DurationText.Compact(f.P90)}"
                : "no pass finished in the period",
        };
        if (f.Waiting > 0)
        {
            parts.Add($"{f.Waiting.ToString(CultureInfo.InvariantCulture)} waiting now, the longest for {DurationText.Compact(f.LongestWaiting)}");
        }
        if (f.Exits.Total > 0)
        {
            parts.Add($"{Count(f.Exits.Total, "case", "cases")} ended here ({f.Exits.Completed.ToString(CultureInfo.InvariantCulture)} completed, "
                      + $"{f.Exits.Cancelled.ToString(CultureInfo.InvariantCulture)} cancelled, {f.Exits.Abandoned.ToString(CultureInfo.InvariantCulture)} abandoned)");
        }
        if (f.TransfersOut > 0)
        {
            parts.Add($"{Count(f.TransfersOut, "transfer", "transfers")} to another owner here");
        }
        var heat = f.Heat is { } h ? $"heat {h.ToString("0.00", CultureInfo.InvariantCulture)}: {HeatScale.Describe(HeatScale.StepOf(h))}" : "no heat";
        return $"{node.Title}: {string.Join("; ", parts)}; {heat}.";
    }

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";
}
