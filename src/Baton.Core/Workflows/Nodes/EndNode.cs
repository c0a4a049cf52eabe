namespace Baton.Core.Workflows;

/// <summary>Closes the workflow with an outcome from <see cref="EndOutcomes.Known"/>.</summary>
public sealed class EndNode(string id, string title, SourcePosition position, string outcome) : WorkflowNode(id, title, position)
{
    public override NodeKind Kind => NodeKind.End;
    public string Outcome { get; } = outcome;
    public override IReadOnlyList<WorkflowEdge> Exits => [];

    public override NodeExecution Execute(NodeContext context) => NodeExecution.Complete(new CaseEnded(Id, Outcome));
}
