namespace Baton.Core.Workflows;

/// <summary>Takes the first branch whose condition holds, else the default. Runs without the agent.</summary>
public sealed class DecisionNode : WorkflowNode
{
    private readonly IReadOnlyList<WorkflowEdge> exits;

    public DecisionNode(string id, string title, SourcePosition position, IReadOnlyList<DecisionBranch> branches,
        string defaultTo, SourcePosition defaultPosition)
        : base(id, title, position)
    {
        Branches = branches;
        Default = defaultTo;
        exits = branches.Select((b, i) => new WorkflowEdge(id, NodeOutcomes.Branch(i + 1), b.To, b.Position))
            .Append(new WorkflowEdge(id, NodeOutcomes.Default, defaultTo, defaultPosition))
            .ToList();
    }

    public override NodeKind Kind => NodeKind.Decision;
    public IReadOnlyList<DecisionBranch> Branches { get; }
    public string Default { get; }
    public override IReadOnlyList<WorkflowEdge> Exits => exits;

    public override NodeExecution Execute(NodeContext context)
    {
        for (var i = 0; i < Branches.Count; i++)
        {
            if (Branches[i].When.IsMetBy(context.Facts))
            {
                return NodeExecution.Continue(NodeOutcomes.Branch(i + 1));
            }
        }
        return NodeExecution.Continue(NodeOutcomes.Default);
    }
}
