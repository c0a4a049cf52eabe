namespace Baton.Core.Workflows;

/// <summary>Decision: <c>branches</c> (each <c>when</c> + <c>to</c>) tried in order, and a required <c>default</c>.</summary>
internal static class DecisionNodeReader
{
    public static readonly string[] Fields = NodeHeader.With("branches", "default");
    private static readonly string[] BranchFields = ["when", "to"];

    public static NodeReadResult Read(NodeHeader header, YamlMap map, ReadContext context)
    {
        var branches = new List<DecisionBranch>();
        var exits = new List<WorkflowEdge>();
        var items = map.Mappings("branches", required: true) ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var branch = new YamlMap(items[i], context.Problems, $"Branch {i + 1} of node '{header.Id}'", BranchFields);
            var to = branch.Text("to", required: true);
            var whenNode = branch.Get("when");
            if (whenNode is null)
            {
                branch.Missing("when");
            }
            var when = whenNode is null ? null : ConditionReader.Read(whenNode, branch.Subject, context);
            if (to is not null)
            {
                exits.Add(new WorkflowEdge(header.Id, NodeOutcomes.Branch(i + 1), to, branch.ValuePosition("to")));
            }
            if (when is null || to is null)
            {
                continue;
            }
            var twin = branches.FindIndex(b => b.When.Describe() == when.Describe());
            if (twin >= 0)
            {
                context.Problems.Add(branch.ValuePosition("when"), ProblemCodes.DuplicateEdge,
                    $"{branch.Subject} repeats the condition of branch {twin + 1} ({when.Describe()}); it could never be taken.");
            }
            branches.Add(new DecisionBranch(when, to, branch.ValuePosition("to")));
        }
        var fallback = map.Text("default", required: false);
        if (fallback is null && !map.Has("default"))
        {
            context.Problems.Add(header.Position, ProblemCodes.MissingDefault,
                $"{header.Subject} is a decision without a default branch; add 'default:' for when no condition holds.");
        }
        if (fallback is not null)
        {
            exits.Add(new WorkflowEdge(header.Id, NodeOutcomes.Default, fallback, map.ValuePosition("default")));
        }
        var node = fallback is null ? null : new DecisionNode(header.Id, header.Title, header.Position, branches, fallback, map.ValuePosition("default"));
        return new NodeReadResult(node, exits);
    }
}
