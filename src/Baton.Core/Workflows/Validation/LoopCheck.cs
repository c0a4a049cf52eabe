namespace Baton.Core.Workflows;

/// <summary>
/// Every loop must pass through a Wait node, so a case can only go round again after time passes or an event arrives.
/// Loops are found as strongly connected components (Tarjan); each bad one is reported once, at its first node in the file.
/// </summary>
internal static class LoopCheck
{
    public static void Check(NodeGraph graph, ProblemList problems)
    {
        foreach (var component in StronglyConnected(graph))
        {
            var isLoop = component.Count > 1 || graph.Successors[component[0]].Contains(component[0]);
            var members = graph.Nodes.Where(n => component.Contains(n.Id)).ToList();
            if (!isLoop || members.Any(n => n.Kind == NodeKind.Wait))
            {
                continue;
            }
            problems.Add(members[0].Position, ProblemCodes.CycleWithoutWait,
                $"Nodes {string.Join(", ", members.Select(n => $"'{n.Id}'"))} form a loop without a Wait node; add a Wait so the case cannot go round without time passing.");
        }
    }

    private static List<List<string>> StronglyConnected(NodeGraph graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var components = new List<List<string>>();

        void Visit(string id)
        {
            index[id] = low[id] = index.Count;
            stack.Push(id);
            onStack.Add(id);
            foreach (var next in graph.Successors[id])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[id] = Math.Min(low[id], low[next]);
                }
                else if (onStack.Contains(next))
                {
                    low[id] = Math.Min(low[id], index[next]);
                }
            }
            if (low[id] != index[id])
            {
                return;
            }
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != id);
            components.Add(component);
        }

        foreach (var node in graph.Nodes.Where(n => !index.ContainsKey(n.Id)))
        {
            Visit(node.Id);
        }
        return components;
    }
}
