namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>
/// One node's figures for a period. Visits counts the passes finished in the period (a case that loops through the node
/// twice is two passes; Cases counts it once); Median and P90 are their time in node, null without a finished pass.
/// Waiting counts passes still open at the report's as-of instant, LongestWaiting the oldest of them so far. Exits are
/// the cases that ended at this node in the period; TransfersOut the times a case changed owner while standing here.
/// Heat is P90 against the slowest node's P90 (0 to 1), null without a finished pass.
/// </summary>
public sealed record NodeBottleneck(
    string NodeId,
    int Visits,
    int Cases,
    TimeSpan? Median,
    TimeSpan? P90,
    int Waiting,
    TimeSpan? LongestWaiting,
    NodeExits Exits,
    int TransfersOut,
    double? Heat)
{
    public static NodeBottleneck Empty(string nodeId) => new(nodeId, 0, 0, null, null, 0, null, NodeExits.None, 0, null);
}

/// <summary>
/// A workflow's bottlenecks over a period, for one version or (Version null) all of them: a line per node id that has
/// data, ordered by node id. Cases counts the cases with a finished or waiting pass.
/// </summary>
public sealed record BottleneckReport(BottleneckWindow Window, int? Version, int Cases, IReadOnlyList<NodeBottleneck> Nodes)
{
    /// <summary>The figures of a node, or an empty line when nothing passed through it.</summary>
    public NodeBottleneck Node(string nodeId) =>
        Nodes.FirstOrDefault(n => string.Equals(n.NodeId, nodeId, StringComparison.Ordinal)) ?? NodeBottleneck.Empty(nodeId);

    /// <summary>The largest P90 among the nodes, the 1.0 of the heat scale; null when no pass finished.</summary>
    public TimeSpan? SlowestP90 => Nodes.Select(n => n.P90).Max();
}
