using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Baton.Core.Workflows;

/// <summary>
/// Draws a workflow definition as a standalone SVG flowchart: the very definition the engine runs, laid out by
/// <see cref="FlowchartLayouter"/>. Shapes by kind: Step rectangle, Decision diamond, Handoff/Callback/Action rounded,
/// Wait hourglass, End pill. Every text goes through System.Xml.Linq, so it is always escaped and well-formed.
/// Each node is one <c>&lt;g data-node-id="…"&gt;</c>; the current node gets class <c>highlight</c>, changed ones <c>changed</c>.
/// An optional <see cref="FlowchartOverlay"/> fills nodes with its colours, writes its lines under their titles (class
/// <c>overlaid</c>, text <c>bf-note</c>) and adds a legend; without one the output is exactly the plain chart.
/// </summary>
public static class FlowchartRenderer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private const string Style = """
        .bf-node text { font: 12px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #1f2933; }
        .bf-node .bf-kind { font-size: 9px; fill: #616e7c; letter-spacing: .06em; text-transform: uppercase; }
        .bf-node .bf-shape { stroke: #52606d; stroke-width: 1.4; }
        .bf-step .bf-shape { fill: #e8f1fb; }
        .bf-decision .bf-shape { fill: #fff6df; }
        .bf-handoff .bf-shape { fill: #eae6fb; }
        .bf-callback .bf-shape { fill: #e3f6f1; }
        .bf-action .bf-shape { fill: #e6f4fb; }
        .bf-wait .bf-shape { fill: #f2f2f2; }
        .bf-end .bf-shape { fill: #e2f5e4; }
        .bf-node.changed .bf-shape { stroke: #d9822b; stroke-width: 2.6; stroke-dasharray: 6 3; }
        .bf-node.highlight .bf-shape { stroke: #c62828; stroke-width: 3.2; }
        .bf-edge path { fill: none; stroke: #7b8794; stroke-width: 1.3; }
        .bf-edge.bf-back path { stroke-dasharray: 4 3; }
        .bf-edge text { font: 10.5px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #3e4c59; }
        .bf-edge rect { fill: #ffffff; opacity: .85; }
        .bf-heading { font: 600 15px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #1f2933; }
        .bf-subheading { font: 11px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #616e7c; }
        """;

    /// <summary>Added to the style only when an overlay is drawn, so the plain chart stays exactly as it was.</summary>
    private const string OverlayStyle = """
        .bf-node .bf-note { font-size: 10px; fill: #1f2933; }
        .bf-legend text { font: 11px system-ui, -apple-system, 'Segoe UI', sans-serif; fill: #1f2933; }
        .bf-legend .bf-legend-title { font-weight: 600; }
        .bf-legend rect { stroke: #52606d; stroke-width: 1; }
        .bf-node-link { cursor: pointer; }
        .bf-node-link:hover .bf-shape, .bf-node-link:focus .bf-shape { stroke-width: 2.6; }
        """;

    private const double LegendRowHeight = 18;
    private const double LegendTitleHeight = 24;

    public static string Render(WorkflowDefinition definition, FlowchartOptions? options = null) =>
        RenderDocument(definition, options).ToString(SaveOptions.DisableFormatting);

    public static XDocument RenderDocument(WorkflowDefinition definition, FlowchartOptions? options = null)
    {
        options ??= FlowchartOptions.Default;
        var overlay = options.Overlay;
        var top = options.ShowHeading ? 40.0 : 0.0;
        var layout = FlowchartLayouter.Layout(definition, top, overlay?.LineCount ?? 0);
        var arrowId = $"{options.IdPrefix}-arrow";
        var width = Math.Max(layout.Width, options.ShowHeading ? 60 + (definition.Title.Length * 8) : 0);
        var height = layout.Height;
        if (overlay is not null)
        {
            width = Math.Max(width, LegendWidth(overlay));
            height += LegendHeight(overlay);
        }
        var label = $"Flowchart of {definition.Title}, version {definition.Version.ToString(CultureInfo.InvariantCulture)}";

        var root = new XElement(Svg + "svg",
            new XAttribute("width", Num(width)),
            new XAttribute("height", Num(height)),
            new XAttribute("viewBox", $"0 0 {Num(width)} {Num(height)}"),
            new XAttribute("class", "baton-flowchart"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", overlay is null ? label : $"{label}, with {overlay.Title}"),
            new XAttribute("data-workflow-key", definition.Key),
            new XAttribute("data-workflow-version", definition.Version),
            new XElement(Svg + "title", $"{definition.Title} (v{definition.Version.ToString(CultureInfo.InvariantCulture)})"),
            new XElement(Svg + "defs",
                new XElement(Svg + "style", overlay is null ? Style : Style + "\n" + OverlayStyle),
                new XElement(Svg + "marker",
                    new XAttribute("id", arrowId),
                    new XAttribute("viewBox", "0 0 10 10"),
                    new XAttribute("refX", "9"),
                    new XAttribute("refY", "5"),
                    new XAttribute("markerWidth", "8"),
                    new XAttribute("markerHeight", "8"),
                    new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", "#7b8794")))));

        if (options.ShowHeading)
        {
            root.Add(new XElement(Svg + "text", new XAttribute("class", "bf-heading"), new XAttribute("x", Num(FlowchartLayouter.Margin)), new XAttribute("y", "24"),
                definition.Title));
            root.Add(new XElement(Svg + "text", new XAttribute("class", "bf-subheading"), new XAttribute("x", Num(FlowchartLayouter.Margin)), new XAttribute("y", "40"),
                $"{definition.Key} · version {definition.Version.ToString(CultureInfo.InvariantCulture)} · owner {definition.Owner}"));
        }

        var edges = new XElement(Svg + "g", new XAttribute("class", "bf-edges"));
        foreach (var edge in layout.Edges)
        {
            edges.Add(DrawEdge(edge, arrowId));
        }
        var nodes = new XElement(Svg + "g", new XAttribute("class", "bf-nodes"));
        foreach (var node in layout.Nodes)
        {
            var drawn = DrawNode(node, options);
            nodes.Add(overlay?.Nodes.GetValueOrDefault(node.Node.Id)?.Link is { } link
                ? new XElement(Svg + "a", new XAttribute("href", link), new XAttribute("class", "bf-node-link"), drawn)
                : drawn);
        }
        root.Add(edges, nodes);
        if (overlay is not null)
        {
            root.Add(DrawLegend(overlay, layout.Height));
        }
        return new XDocument(root);
    }

    /// <summary>The legend under the chart: each colour with what it means in words, so colour is never the only cue.</summary>
    private static XElement DrawLegend(FlowchartOverlay overlay, double top)
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "bf-legend"),
            new XElement(Svg + "text", new XAttribute("class", "bf-legend-title"), new XAttribute("x", Num(FlowchartLayouter.Margin)),
                new XAttribute("y", Num(top + 14)), overlay.Title.Length == 0 ? "" : char.ToUpperInvariant(overlay.Title[0]) + overlay.Title[1..]));
        for (var i = 0; i < overlay.Legend.Count; i++)
        {
            var entry = overlay.Legend[i];
            var rowTop = top + LegendTitleHeight + (i * LegendRowHeight);
            legend.Add(new XElement(Svg + "g", new XAttribute("class", "bf-legend-entry"),
                new XElement(Svg + "rect", new XAttribute("x", Num(FlowchartLayouter.Margin)), new XAttribute("y", Num(rowTop)),
                    new XAttribute("width", "14"), new XAttribute("height", "14"), new XAttribute("fill", entry.Fill)),
                new XElement(Svg + "text", new XAttribute("x", Num(FlowchartLayouter.Margin + 22)), new XAttribute("y", Num(rowTop + 11)), entry.Text)));
        }
        return legend;
    }

    private static double LegendHeight(FlowchartOverlay overlay) => LegendTitleHeight + (overlay.Legend.Count * LegendRowHeight) + FlowchartLayouter.Margin;

    private static double LegendWidth(FlowchartOverlay overlay) =>
        (2 * FlowchartLayouter.Margin) + Math.Max(overlay.Title.Length * 6.6, 22 + (overlay.Legend.Select(e => e.Text.Length).DefaultIfEmpty(0).Max() * 6.2));

    private static XElement DrawNode(PlacedNode placed, FlowchartOptions options)
    {
        var node = placed.Node;
        var classes = new StringBuilder("bf-node bf-").Append(node.Kind.ToString().ToLowerInvariant());
        if (options.ChangedNodeIds.Contains(node.Id))
        {
            classes.Append(" changed");
        }
        if (string.Equals(options.HighlightNodeId, node.Id, StringComparison.Ordinal))
        {
            classes.Append(" highlight");
        }
        var note = options.Overlay?.Nodes.GetValueOrDefault(node.Id);
        if (note is not null)
        {
            classes.Append(" overlaid");
        }
        var g = new XElement(Svg + "g",
            new XAttribute("class", classes.ToString()),
            new XAttribute("data-node-id", node.Id),
            new XAttribute("data-kind", node.Kind.ToString()),
            new XElement(Svg + "title", $"{node.Kind}: {node.Title} ({node.Id})"));
        if (note is not null)
        {
            g.Add(new XElement(Svg + "desc", note.Description));
        }
        var (x, y, w, h) = (placed.X, placed.Y, placed.Width, placed.Height);
        var left = x - (w / 2);
        var topY = y - (h / 2);
        switch (node.Kind)
        {
            case NodeKind.Decision:
                g.Add(Shape("polygon", ("points", $"{Num(x)},{Num(topY)} {Num(left + w)},{Num(y)} {Num(x)},{Num(topY + h)} {Num(left)},{Num(y)}")));
                break;
            case NodeKind.End:
                g.Add(Shape("rect", ("x", Num(left)), ("y", Num(topY)), ("width", Num(w)), ("height", Num(h)), ("rx", Num(h / 2)), ("ry", Num(h / 2))));
                break;
            case NodeKind.Wait:
                g.Add(Shape("rect", ("x", Num(left)), ("y", Num(topY)), ("width", Num(w)), ("height", Num(h)), ("rx", "10"), ("ry", "10")));
                // An hourglass mark at the left edge says "time passes here".
                var hx = left + 14;
                g.Add(new XElement(Svg + "path",
                    new XAttribute("class", "bf-hourglass"),
                    new XAttribute("d", $"M {Num(hx - 6)} {Num(y - 9)} L {Num(hx + 6)} {Num(y - 9)} L {Num(hx - 6)} {Num(y + 9)} L {Num(hx + 6)} {Num(y + 9)} Z"),
                    new XAttribute("fill", "none"), new XAttribute("stroke", "#52606d"), new XAttribute("stroke-width", "1.2")));
                break;
            case NodeKind.Step:
                g.Add(Shape("rect", ("x", Num(left)), ("y", Num(topY)), ("width", Num(w)), ("height", Num(h)), ("rx", "2"), ("ry", "2")));
                break;
            default:
                g.Add(Shape("rect", ("x", Num(left)), ("y", Num(topY)), ("width", Num(w)), ("height", Num(h)), ("rx", "12"), ("ry", "12")));
                break;
        }
        if (note is not null)
        {
            // Inline, so it wins over the fill the kind's class gives.
            g.Elements(Svg + "polygon").Concat(g.Elements(Svg + "rect")).First().SetAttributeValue("style", $"fill:{note.Fill}");
        }
        var lines = placed.Lines;
        var kindLabelHeight = 11.0;
        var noteHeight = note is { Lines.Count: > 0 } ? FlowchartLayouter.NoteGap + (note.Lines.Count * FlowchartLayouter.NoteLineHeight) : 0;
        var blockHeight = kindLabelHeight + (lines.Count * FlowchartLayouter.LineHeight) + noteHeight;
        var firstBaseline = y - (blockHeight / 2) + 9;
        g.Add(new XElement(Svg + "text",
            new XAttribute("class", "bf-kind"),
            new XAttribute("x", Num(x)),
            new XAttribute("y", Num(firstBaseline)),
            new XAttribute("text-anchor", "middle"),
            KindLabel(node)));
        var text = new XElement(Svg + "text", new XAttribute("class", "bf-title"), new XAttribute("text-anchor", "middle"));
        for (var i = 0; i < lines.Count; i++)
        {
            text.Add(new XElement(Svg + "tspan",
                new XAttribute("x", Num(x)),
                new XAttribute("y", Num(firstBaseline + kindLabelHeight + 4 + (i * FlowchartLayouter.LineHeight))),
                lines[i]));
        }
        g.Add(text);
        if (note is { Lines.Count: > 0 })
        {
            var lastTitleBaseline = firstBaseline + kindLabelHeight + 4 + ((lines.Count - 1) * FlowchartLayouter.LineHeight);
            var noteText = new XElement(Svg + "text", new XAttribute("class", "bf-note"), new XAttribute("text-anchor", "middle"));
            for (var i = 0; i < note.Lines.Count; i++)
            {
                noteText.Add(new XElement(Svg + "tspan",
                    new XAttribute("x", Num(x)),
                    new XAttribute("y", Num(lastTitleBaseline + FlowchartLayouter.NoteGap + ((i + 1) * FlowchartLayouter.NoteLineHeight))),
                    note.Lines[i]));
            }
            g.Add(noteText);
        }
        return g;
    }

    private static string KindLabel(WorkflowNode node) => node switch
    {
        HandoffNode h => $"Handoff → {h.Department ?? h.Skill}",
        EndNode e => $"End · {e.Outcome}",
        WaitNode { EventName: { } name } => $"Wait for {name}",
        WaitNode { Duration: { } d } => $"Wait {System.Xml.XmlConvert.ToString(d)}",
        WaitNode w => $"Wait until {w.UntilField}",
        ActionNode { Email: not null } => "Action · email",
        ActionNode => "Action · webhook",
        _ => node.Kind.ToString(),
    };

    private static XElement DrawEdge(RoutedEdge edge, string arrowId)
    {
        var path = new StringBuilder();
        for (var i = 0; i < edge.Points.Count; i++)
        {
            path.Append(i == 0 ? "M " : " L ").Append(Num(edge.Points[i].X)).Append(' ').Append(Num(edge.Points[i].Y));
        }
        var g = new XElement(Svg + "g",
            new XAttribute("class", edge.IsBackEdge ? "bf-edge bf-back" : "bf-edge"),
            new XAttribute("data-from", edge.Edge.From),
            new XAttribute("data-to", edge.Edge.To),
            new XAttribute("data-outcome", edge.Edge.Outcome),
            new XElement(Svg + "path", new XAttribute("d", path.ToString()), new XAttribute("marker-end", $"url(#{arrowId})")));
        if (edge.Label is { Length: > 0 } label && edge.Points.Count >= 2)
        {
            var shown = label.Length > 30 ? label[..29] + "…" : label;
            // On the first segment, staggered between siblings, so labels of a decision's branches do not pile up.
            var (x0, y0) = edge.Points[0];
            var (x1, y1) = edge.Points[1];
            var t = edge.IsBackEdge ? 0.5 : 0.3 + (0.3 * (edge.SiblingRank % 2));
            var lx = x0 + ((x1 - x0) * t);
            var ly = y0 + ((y1 - y0) * t);
            var textWidth = (shown.Length * 5.8) + 6;
            g.Add(new XElement(Svg + "rect",
                new XAttribute("x", Num(lx - (textWidth / 2))), new XAttribute("y", Num(ly - 8)),
                new XAttribute("width", Num(textWidth)), new XAttribute("height", "13"), new XAttribute("rx", "3")));
            g.Add(new XElement(Svg + "text", new XAttribute("x", Num(lx)), new XAttribute("y", Num(ly + 2)), new XAttribute("text-anchor", "middle"),
                new XElement(Svg + "title", label), shown));
        }
        return g;
    }

    private static XElement Shape(string name, params (string Name, string Value)[] attributes)
    {
        var element = new XElement(Svg + name, new XAttribute("class", "bf-shape"));
        foreach (var (n, v) in attributes)
        {
            element.Add(new XAttribute(n, v));
        }
        return element;
    }

    private static string Num(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
