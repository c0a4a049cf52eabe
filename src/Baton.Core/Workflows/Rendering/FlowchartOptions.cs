namespace Baton.Core.Workflows;

/// <summary>
/// What to emphasise on a drawn flowchart: the node a case is at, the nodes changed since another version, and
/// optionally figures per node (an overlay such as the bottleneck heat map).
/// <see cref="IdPrefix"/> keeps element ids unique when several charts share one page.
/// </summary>
public sealed record FlowchartOptions
{
    public static readonly FlowchartOptions Default = new();

    public string? HighlightNodeId { get; init; }

    public IReadOnlySet<string> ChangedNodeIds { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public string IdPrefix { get; init; } = "baton-chart";

    /// <summary>Include the title and version line above the chart.</summary>
    public bool ShowHeading { get; init; } = true;

    /// <summary>Figures to draw over the nodes (fill, text, legend); without one the chart is drawn plain.</summary>
    public FlowchartOverlay? Overlay { get; init; }
}
