namespace Baton.Core.Workflows;

/// <summary>A node placed on the chart: its centre, size and the lines of its wrapped title.</summary>
public sealed record PlacedNode(WorkflowNode Node, int Layer, double X, double Y, double Width, double Height, IReadOnlyList<string> Lines);

/// <summary>An edge routed through the chart: the points it passes, in drawing order, ending at the target.</summary>
public sealed record RoutedEdge(WorkflowEdge Edge, string? Label, bool IsBackEdge, IReadOnlyList<(double X, double Y)> Points)
{
    /// <summary>Position among the edges leaving the same node, left to right: labels of siblings are staggered by it.</summary>
    public int SiblingRank { get; init; }
}

/// <summary>The whole layout: nodes, edges and the drawing's size.</summary>
public sealed record FlowchartLayout(IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<RoutedEdge> Edges, double Width, double Height);

/// <summary>
/// A layered (Sugiyama-style) layout of a workflow, top to bottom:
/// <list type="number">
/// <item>edges that close a loop (found by a depth-first walk from the start) are reversed for layout only;</item>
/// <item>each node goes on the layer of its longest path from the start;</item>
/// <item>edges spanning several layers get invisible waypoints, one per layer crossed;</item>
/// <item>nodes within a layer are ordered by the barycenter of their neighbours, sweeping down and up, to reduce crossings;</item>
/// <item>x positions are pulled toward the neighbours above, keeping the order and a minimum gap.</item>
/// </list>
/// Pure and deterministic: the same definition always gives the same drawing.
/// </summary>
public static class FlowchartLayouter
{
    public const double Margin = 24;
    public const double LayerGap = 76;
    public const double NodeGap = 36;
    public const double WaypointWidth = 16;
    public const double LineHeight = 15;
    public const int CharsPerLine = 24;
    public const int MaxLines = 4;

    /// <summary>Height of one line of overlay text under a node's title, and the gap above the first.</summary>
    public const double NoteLineHeight = 13;
    public const double NoteGap = 4;

    /// <summary>Lays the definition out; <paramref name="noteLines"/> lines of overlay text make every node that much taller.</summary>
    public static FlowchartLayout Layout(WorkflowDefinition definition, double top = 0, int noteLines = 0)
    {
        var nodes = definition.Nodes;
        var index = nodes.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var edges = definition.Edges.Where(e => index.ContainsKey(e.To) && index.ContainsKey(e.From)).ToList();
        var startIndex = index.GetValueOrDefault(definition.Start);

        var back = FindBackEdges(nodes.Count, edges, index, startIndex);
        var layerOf = Layering(nodes.Count, edges, index, back, startIndex);

        // Items per layer: real nodes (index ≥ 0) and waypoints (index < 0) for long edges.
        var layerCount = layerOf.Max() + 1;
        var chains = new List<List<int>>(); // per edge: the item ids it passes, from layout-source to layout-target
        var items = new List<Item>();
        for (var i = 0; i < nodes.Count; i++)
        {
            items.Add(new Item(i, layerOf[i]));
        }
        var order = FirstOrder(nodes.Count, edges, index, startIndex);
        for (var e = 0; e < edges.Count; e++)
        {
            var (u, v) = LayoutEnds(edges[e], index, back.Contains(e));
            var chain = new List<int> { u };
            for (var layer = layerOf[u] + 1; layer < layerOf[v]; layer++)
            {
                items.Add(new Item(-1, layer));
                chain.Add(items.Count - 1);
            }
            chain.Add(v);
            chains.Add(chain);
        }

        var layers = Enumerable.Range(0, layerCount).Select(_ => new List<int>()).ToList();
        foreach (var id in Enumerable.Range(0, items.Count).OrderBy(i => i < nodes.Count ? order[i] : nodes.Count + i))
        {
            layers[items[id].Layer].Add(id);
        }
        var up = Enumerable.Range(0, items.Count).Select(_ => new List<int>()).ToList();
        var down = Enumerable.Range(0, items.Count).Select(_ => new List<int>()).ToList();
        foreach (var chain in chains)
        {
            for (var k = 0; k + 1 < chain.Count; k++)
            {
                down[chain[k]].Add(chain[k + 1]);
                up[chain[k + 1]].Add(chain[k]);
            }
        }
        ReduceCrossings(layers, up, down);

        // Sizes.
        var lines = nodes.Select(n => Wrap(n.Title)).ToList();
        var width = new double[items.Count];
        var height = new double[items.Count];
        for (var id = 0; id < items.Count; id++)
        {
            if (id < nodes.Count)
            {
                (width[id], height[id]) = SizeOf(nodes[id].Kind, lines[id].Count);
                height[id] += NoteRoom(nodes[id].Kind, noteLines);
            }
            else
            {
                (width[id], height[id]) = (WaypointWidth, 1);
            }
        }

        // y per layer.
        var y = new double[items.Count];
        var layerTop = top + Margin;
        var layerMiddle = new double[layerCount];
        for (var l = 0; l < layerCount; l++)
        {
            var tallest = layers[l].Select(id => height[id]).DefaultIfEmpty(0).Max();
            layerMiddle[l] = layerTop + (tallest / 2);
            foreach (var id in layers[l])
            {
                y[id] = layerMiddle[l];
            }
            layerTop += tallest + LayerGap;
        }

        var x = PlaceX(layers, width, up, down);
        var minLeft = Enumerable.Range(0, items.Count).Select(id => x[id] - (width[id] / 2)).DefaultIfEmpty(0).Min();
        var shift = Margin - minLeft;
        for (var id = 0; id < items.Count; id++)
        {
            x[id] += shift;
        }
        var chartWidth = Enumerable.Range(0, items.Count).Select(id => x[id] + (width[id] / 2)).DefaultIfEmpty(0).Max() + Margin;
        var chartHeight = layerTop - LayerGap + Margin;

        var placed = nodes.Select((n, i) => new PlacedNode(n, layerOf[i], x[i], y[i], width[i], height[i], lines[i])).ToList();

        // Ports: a node's forward edges leave spread along its bottom and arrive spread along the top, ordered by where
        // they go (or come from), so that edges from a decision with many branches neither start nor end in one point.
        var exitOffset = new double[edges.Count];
        var entryOffset = new double[edges.Count];
        var exitRank = new int[edges.Count];
        for (var i = 0; i < nodes.Count; i++)
        {
            var outs = Enumerable.Range(0, edges.Count).Where(e => !back.Contains(e) && chains[e][0] == i && chains[e].Count > 1)
                .OrderBy(e => x[chains[e][1]]).ThenBy(e => e).ToList();
            var ins = Enumerable.Range(0, edges.Count).Where(e => !back.Contains(e) && chains[e][^1] == i && chains[e].Count > 1)
                .OrderBy(e => x[chains[e][^2]]).ThenBy(e => e).ToList();
            var spacing = Math.Min(30, width[i] * 0.6 / Math.Max(1, Math.Max(outs.Count, ins.Count) - 1));
            for (var j = 0; j < outs.Count; j++)
            {
                exitOffset[outs[j]] = (j - ((outs.Count - 1) / 2.0)) * spacing;
                exitRank[outs[j]] = j;
            }
            for (var j = 0; j < ins.Count; j++)
            {
                entryOffset[ins[j]] = (j - ((ins.Count - 1) / 2.0)) * spacing;
            }
        }

        var routed = new List<RoutedEdge>();
        for (var e = 0; e < edges.Count; e++)
        {
            var isBack = back.Contains(e);
            var chain = chains[e];
            var points = new List<(double X, double Y)>();
            // Forward edges leave from the bottom and enter at the top; back edges run upward, right side to right side.
            var source = chain[0];
            var target = chain[^1];
            if (!isBack)
            {
                points.Add((x[source] + exitOffset[e], y[source] + HalfHeightAt(nodes[source].Kind, width[source], height[source], exitOffset[e])));
                points.AddRange(chain.Skip(1).SkipLast(1).Select(id => (x[id], y[id])));
                points.Add((x[target] + entryOffset[e], y[target] - HalfHeightAt(nodes[target].Kind, width[target], height[target], entryOffset[e])));
            }
            else
            {
                // Layout runs target → source (reversed); draw from the real source (chain end) up to the real target (chain start).
                points.Add((x[target] + (width[target] / 2), y[target]));
                points.AddRange(chain.Skip(1).SkipLast(1).Reverse().Select(id => (x[id] + (WaypointWidth / 2), y[id])));
                points.Add((x[source] + (width[source] / 2), y[source]));
                if (chain.Count == 2 && target == source)
                {
                    points.Insert(1, (x[source] + (width[source] / 2) + 30, y[source] + 20));
                    points.Insert(2, (x[source] + (width[source] / 2) + 30, y[source] - 20));
                }
            }
            routed.Add(new RoutedEdge(edges[e], LabelOf(definition, edges[e]), isBack, points) { SiblingRank = exitRank[e] });
        }
        return new FlowchartLayout(placed, routed, Math.Max(chartWidth, 200), chartHeight);
    }

    /// <summary>The label drawn on an edge: a button's label, a branch's condition, "otherwise"; none for a plain next.</summary>
    public static string? LabelOf(WorkflowDefinition definition, WorkflowEdge edge)
    {
        var node = definition.Node(edge.From);
        switch (node)
        {
            case StepNode step when step.Buttons.Count > 0:
                return step.Buttons.FirstOrDefault(b => b.Outcome == edge.Outcome)?.Label ?? edge.Outcome;
            case DecisionNode when edge.Outcome == NodeOutcomes.Default:
                return "otherwise";
            case DecisionNode decision:
                var i = decision.Exits.ToList().FindIndex(x => x.Outcome == edge.Outcome);
                return i >= 0 && i < decision.Branches.Count ? decision.Branches[i].When.Describe() : edge.Outcome;
            default:
                return edge.Outcome == NodeOutcomes.Next ? null : edge.Outcome;
        }
    }

    /// <summary>Distance from the centre to the top or bottom outline at a horizontal offset: diamonds slope, other shapes are flat.</summary>
    public static double HalfHeightAt(NodeKind kind, double width, double height, double offset) =>
        kind == NodeKind.Decision ? (height / 2) * Math.Max(0, 1 - (Math.Abs(offset) / (width / 2))) : height / 2;

    public static (double Width, double Height) SizeOf(NodeKind kind, int lineCount)
    {
        var text = Math.Max(1, lineCount) * LineHeight;
        return kind switch
        {
            NodeKind.Decision => (220, Math.Max(96, (text * 2) + 24)),
            NodeKind.Wait => (180, text + 44),
            NodeKind.End => (180, text + 22),
            _ => (190, text + 34),
        };
    }

    /// <summary>Extra height for overlay lines; a diamond narrows toward its tips, so it grows twice as much to keep them inside.</summary>
    public static double NoteRoom(NodeKind kind, int noteLines) =>
        noteLines <= 0 ? 0 : (NoteGap + (noteLines * NoteLineHeight)) * (kind == NodeKind.Decision ? 2 : 1);

    /// <summary>Word-wraps a title to the chart's line width, at most <see cref="MaxLines"/> lines, ending in … when cut.</summary>
    public static IReadOnlyList<string> Wrap(string text, int width = CharsPerLine, int maxLines = MaxLines)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var piece = word.Length > width ? word[..(width - 1)] + "…" : word;
            if (current.Length == 0)
            {
                current = piece;
            }
            else if (current.Length + 1 + piece.Length <= width)
            {
                current += " " + piece;
            }
            else
            {
                lines.Add(current);
                current = piece;
            }
        }
        if (current.Length > 0)
        {
            lines.Add(current);
        }
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            var last = lines[^1];
            lines[^1] = (last.Length >= width ? last[..(width - 1)] : last) + "…";
        }
        return lines.Count == 0 ? [""] : lines;
    }

    private sealed record Item(int Node, int Layer);

    private static (int U, int V) LayoutEnds(WorkflowEdge edge, Dictionary<string, int> index, bool reversed) =>
        reversed ? (index[edge.To], index[edge.From]) : (index[edge.From], index[edge.To]);

    /// <summary>Edges that go back to a node still on the depth-first path: removing them leaves no cycle.</summary>
    private static HashSet<int> FindBackEdges(int count, List<WorkflowEdge> edges, Dictionary<string, int> index, int start)
    {
        var outgoing = Outgoing(count, edges, index);
        var state = new int[count]; // 0 new, 1 on path, 2 done
        var back = new HashSet<int>();
        void Visit(int root)
        {
            var stack = new Stack<(int Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                if (next < outgoing[node].Count)
                {
                    stack.Push((node, next + 1));
                    var e = outgoing[node][next];
                    var to = index[edges[e].To];
                    if (state[to] == 1)
                    {
                        back.Add(e);
                    }
                    else if (state[to] == 0)
                    {
                        state[to] = 1;
                        stack.Push((to, 0));
                    }
                }
                else
                {
                    state[node] = 2;
                }
            }
        }
        Visit(start);
        for (var i = 0; i < count; i++)
        {
            if (state[i] == 0)
            {
                Visit(i);
            }
        }
        return back;
    }

    /// <summary>Longest path from the start over the loop-free edges; nodes nothing reaches start their own column at 0.</summary>
    private static int[] Layering(int count, List<WorkflowEdge> edges, Dictionary<string, int> index, HashSet<int> back, int start)
    {
        var successors = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
        var indegree = new int[count];
        for (var e = 0; e < edges.Count; e++)
        {
            var (u, v) = LayoutEnds(edges[e], index, back.Contains(e));
            if (u == v)
            {
                continue;
            }
            successors[u].Add(v);
            indegree[v]++;
        }
        var layer = new int[count];
        var queue = new Queue<int>(Enumerable.Range(0, count).Where(i => indegree[i] == 0).OrderBy(i => i == start ? 0 : 1).ThenBy(i => i));
        while (queue.Count > 0)
        {
            var u = queue.Dequeue();
            foreach (var v in successors[u])
            {
                layer[v] = Math.Max(layer[v], layer[u] + 1);
                if (--indegree[v] == 0)
                {
                    queue.Enqueue(v);
                }
            }
        }
        return layer;
    }

    /// <summary>Depth-first discovery order from the start: a sensible left-to-right order before sweeping.</summary>
    private static int[] FirstOrder(int count, List<WorkflowEdge> edges, Dictionary<string, int> index, int start)
    {
        var outgoing = Outgoing(count, edges, index);
        var order = Enumerable.Repeat(-1, count).ToArray();
        var next = 0;
        foreach (var root in new[] { start }.Concat(Enumerable.Range(0, count)))
        {
            var stack = new Stack<int>();
            stack.Push(root);
            while (stack.Count > 0)
            {
                var u = stack.Pop();
                if (order[u] >= 0)
                {
                    continue;
                }
                order[u] = next++;
                foreach (var e in Enumerable.Reverse(outgoing[u]))
                {
                    stack.Push(index[edges[e].To]);
                }
            }
        }
        return order;
    }

    private static List<List<int>> Outgoing(int count, List<WorkflowEdge> edges, Dictionary<string, int> index)
    {
        var outgoing = Enumerable.Range(0, count).Select(_ => new List<int>()).ToList();
        for (var e = 0; e < edges.Count; e++)
        {
            outgoing[index[edges[e].From]].Add(e);
        }
        return outgoing;
    }

    /// <summary>Barycenter heuristic: alternate sweeps down (by neighbours above) and up (by neighbours below), keeping the best ordering.</summary>
    private static void ReduceCrossings(List<List<int>> layers, List<List<int>> up, List<List<int>> down)
    {
        var best = layers.Select(l => l.ToList()).ToList();
        var bestCrossings = Crossings(layers, down);
        for (var sweep = 0; sweep < 8 && bestCrossings > 0; sweep++)
        {
            if (sweep % 2 == 0)
            {
                for (var l = 1; l < layers.Count; l++)
                {
                    SortByBarycenter(layers[l], layers[l - 1], up);
                }
            }
            else
            {
                for (var l = layers.Count - 2; l >= 0; l--)
                {
                    SortByBarycenter(layers[l], layers[l + 1], down);
                }
            }
            var crossings = Crossings(layers, down);
            if (crossings < bestCrossings)
            {
                bestCrossings = crossings;
                best = layers.Select(l => l.ToList()).ToList();
            }
        }
        for (var l = 0; l < layers.Count; l++)
        {
            layers[l].Clear();
            layers[l].AddRange(best[l]);
        }
    }

    private static void SortByBarycenter(List<int> layer, List<int> fixedLayer, List<List<int>> neighbours)
    {
        var position = fixedLayer.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => (double)p.i);
        var keyed = layer.Select((id, i) =>
        {
            var ns = neighbours[id].Where(position.ContainsKey).ToList();
            return (Id: id, Key: ns.Count == 0 ? i : ns.Average(n => position[n]), Tie: i);
        }).OrderBy(k => k.Key).ThenBy(k => k.Tie).Select(k => k.Id).ToList();
        layer.Clear();
        layer.AddRange(keyed);
    }

    public static int Crossings(IReadOnlyList<List<int>> layers, IReadOnlyList<List<int>> down)
    {
        var total = 0;
        for (var l = 0; l + 1 < layers.Count; l++)
        {
            var below = layers[l + 1].Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);
            var segments = new List<(int A, int B)>();
            for (var i = 0; i < layers[l].Count; i++)
            {
                segments.AddRange(down[layers[l][i]].Where(below.ContainsKey).Select(t => (i, below[t])));
            }
            for (var a = 0; a < segments.Count; a++)
            {
                for (var b = a + 1; b < segments.Count; b++)
                {
                    if ((segments[a].A < segments[b].A && segments[a].B > segments[b].B) || (segments[a].A > segments[b].A && segments[a].B < segments[b].B))
                    {
                        total++;
                    }
                }
            }
        }
        return total;
    }

    /// <summary>Places each layer left to right, then pulls items toward their neighbours while keeping order and gaps.</summary>
    private static double[] PlaceX(List<List<int>> layers, double[] width, List<List<int>> up, List<List<int>> down)
    {
        var x = new double[width.Length];
        var widest = layers.Select(LayerWidth).DefaultIfEmpty(0).Max();
        foreach (var layer in layers)
        {
            var left = (widest - LayerWidth(layer)) / 2;
            foreach (var id in layer)
            {
                x[id] = left + (width[id] / 2);
                left += width[id] + NodeGap;
            }
        }
        for (var pass = 0; pass < 6; pass++)
        {
            var neighbours = pass % 2 == 0 ? up : down;
            var sequence = pass % 2 == 0 ? layers : Enumerable.Reverse(layers).ToList();
            foreach (var layer in sequence)
            {
                var desired = layer.Select(id => neighbours[id].Count == 0 ? x[id] : neighbours[id].Average(n => x[n])).ToList();
                var placed = new double[layer.Count];
                for (var i = 0; i < layer.Count; i++)
                {
                    placed[i] = i == 0 ? desired[i] : Math.Max(desired[i], placed[i - 1] + (width[layer[i - 1]] / 2) + NodeGap + (width[layer[i]] / 2));
                }
                // Push overlapping runs back left by the mean excess, then re-check from the right.
                var excess = Enumerable.Range(0, layer.Count).Select(i => placed[i] - desired[i]).DefaultIfEmpty(0).Average();
                for (var i = layer.Count - 1; i >= 0; i--)
                {
                    var candidate = placed[i] - excess;
                    placed[i] = i == layer.Count - 1
                        ? candidate
                        : Math.Min(candidate, placed[i + 1] - (width[layer[i + 1]] / 2) - NodeGap - (width[layer[i]] / 2));
                }
                for (var i = 0; i < layer.Count; i++)
                {
                    x[layer[i]] = placed[i];
                }
            }
        }
        return x;

        double LayerWidth(List<int> layer) => layer.Sum(id => width[id]) + (Math.Max(0, layer.Count - 1) * NodeGap);
    }
}
