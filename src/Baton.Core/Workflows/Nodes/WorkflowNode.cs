namespace Baton.Core.Workflows;

/// <summary>A flowchart node: its id, the title shown on the chart, its ways out, and its behaviour.</summary>
public abstract class WorkflowNode(string id, string title, SourcePosition position) : INodeBehavior
{
    public string Id { get; } = id;
    public string Title { get; } = title;
    /// <summary>Where the node's id was written.</summary>
    public SourcePosition Position { get; } = position;

    public abstract NodeKind Kind { get; }

    /// <summary>One edge per outcome, in the order written.</summary>
    public abstract IReadOnlyList<WorkflowEdge> Exits { get; }

    public IReadOnlyList<string> Outcomes => Exits.Select(e => e.Outcome).ToList();

    public abstract NodeExecution Execute(NodeContext context);

    public WorkflowEdge ExitFor(string outcome) =>
        Exits.FirstOrDefault(e => e.Outcome == outcome)
        ?? throw new DomainException("outcome", $"Node '{Id}' has no way out for outcome '{outcome}'.");

    /// <summary>Nodes that only work and move on share this single exit.</summary>
    protected IReadOnlyList<WorkflowEdge> SingleExit(string? next, SourcePosition nextPosition) =>
        next is null ? [] : [new WorkflowEdge(Id, NodeOutcomes.Next, next, nextPosition)];
}
