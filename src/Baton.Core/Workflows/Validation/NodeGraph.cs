namespace Baton.Core.Workflows;

/// <summary>Adjacency over the nodes that exist; edges to unknown nodes are left out (reported as dangling).</summary>
internal sealed class NodeGraph
{
    public NodeGraph(IReadOnlyList<NodeSketch> nodes)
    {
        Nodes = nodes;
        var ids = nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
        Successors = nodes.ToDictionary(
            n => n.Id,
            n => (IReadOnlyList<string>)n.Exits.Select(e => e.To).Where(ids.Contains).Distinct().ToList(),
            StringComparer.Ordinal);
    }

    /// <summary>In file order.</summary>
    public IReadOnlyList<NodeSketch> Nodes { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Successors { get; }

    public HashSet<string> ReachableFrom(string start)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var next in Successors[id].Where(seen.Add))
            {
                queue.Enqueue(next);
            }
        }
        return seen;
    }

    /// <summary>Nodes from which some route reaches one of the targets (targets included).</summary>
    public HashSet<string> ReachingAny(IEnumerable<string> targets)
    {
        var predecessors = Nodes.ToDictionary(n => n.Id, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (from, tos) in Successors)
        {
            foreach (var to in tos)
            {
                predecessors[to].Add(from);
            }
        }
        var seen = new HashSet<string>(targets, StringComparer.Ordinal);
        var queue = new Queue<string>(seen);
        while (queue.TryDequeue(out var id))
        {
            foreach (var previous in predecessors[id].Where(seen.Add))
            {
                queue.Enqueue(previous);
            }
        }
        return seen;
    }
}
