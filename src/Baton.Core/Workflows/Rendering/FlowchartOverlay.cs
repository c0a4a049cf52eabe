namespace Baton.Core.Workflows;

/// <summary>
/// Figures drawn over a flowchart: per node a fill colour, a few short lines of text under the title and a description
/// for screen readers, plus a legend that says in words what each colour means. Title names what the overlay shows.
/// </summary>
public sealed record FlowchartOverlay(string Title, IReadOnlyDictionary<string, NodeOverlay> Nodes, IReadOnlyList<OverlayLegendEntry> Legend)
{
    /// <summary>At most this many lines of text per node.</summary>
    public const int MaxLines = 2;

    /// <summary>Lines of text every node makes room for: the most any node has.</summary>
    public int LineCount => Nodes.Values.Select(n => n.Lines.Count).DefaultIfEmpty(0).Max();
}

/// <summary>
/// One node's overlay: Fill is a colour as #rrggbb; Lines are drawn in the node; Description is read out; Link, a
/// relative address, makes the node a link (to its details, say).
/// </summary>
public sealed record NodeOverlay
{
    public NodeOverlay(string fill, IReadOnlyList<string> lines, string description, string? link = null)
    {
        Fill = OverlayColors.Require(fill);
        if (lines.Count > FlowchartOverlay.MaxLines)
        {
            throw new ArgumentException($"A node overlay holds at most {FlowchartOverlay.MaxLines} lines.", nameof(lines));
        }
        if (link is not null && (!Uri.TryCreate(link, UriKind.Relative, out _) || link.Contains(':', StringComparison.Ordinal)))
        {
            throw new ArgumentException($"'{link}' is not a relative address.", nameof(link));
        }
        Lines = lines;
        Description = description;
        Link = link;
    }

    public string Fill { get; }
    public IReadOnlyList<string> Lines { get; }
    public string Description { get; }
    public string? Link { get; }
}

/// <summary>One colour of the legend and what it means, in words.</summary>
public sealed record OverlayLegendEntry
{
    public OverlayLegendEntry(string fill, string text)
    {
        Fill = OverlayColors.Require(fill);
        Text = text;
    }

    public string Fill { get; }
    public string Text { get; }
}

internal static class OverlayColors
{
    /// <summary>Colours end up in a style attribute, so only plain #rrggbb is accepted.</summary>
    public static string Require(string fill) =>
        fill is ['#', _, _, _, _, _, _] && fill.Skip(1).All(char.IsAsciiHexDigit)
            ? fill
            : throw new ArgumentException($"'{fill}' is not a colour written as #rrggbb.", nameof(fill));
}
