using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>Reads the ways out of a node written inline: <c>next</c>, <c>buttons[].to</c>, <c>branches[].to</c>, <c>default</c>.</summary>
internal static class ExitReader
{
    public static WorkflowEdge? Next(YamlMap map, string from)
    {
        var to = map.Text("next", required: false);
        return to is null ? null : new WorkflowEdge(from, NodeOutcomes.Next, to, map.ValuePosition("next"));
    }

    public static List<WorkflowEdge> Only(WorkflowEdge? edge) => edge is null ? [] : [edge];

    /// <summary>For a node of unknown kind: every exit it seems to have, read silently so nothing it points at looks unreachable.</summary>
    public static List<WorkflowEdge> Guess(YamlMappingNode node, string from)
    {
        var map = new YamlMap(node, new ProblemList(), "", null);
        var edges = Only(Next(map, from));
        foreach (var list in new[] { "buttons", "branches" })
        {
            foreach (var item in map.Mappings(list, required: false) ?? [])
            {
                var entry = new YamlMap(item, new ProblemList(), "", null);
                if (entry.Text("to", required: false) is { } to)
                {
                    edges.Add(new WorkflowEdge(from, list, to, entry.ValuePosition("to")));
                }
            }
        }
        if (map.Text("default", required: false) is { } fallback)
        {
            edges.Add(new WorkflowEdge(from, NodeOutcomes.Default, fallback, map.ValuePosition("default")));
        }
        return edges;
    }
}
