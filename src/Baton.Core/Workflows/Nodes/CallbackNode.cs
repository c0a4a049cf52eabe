namespace Baton.Core.Workflows;

/// <summary>Promises the customer a callback: a Callback commitment owned by the agent working the case.</summary>
public sealed class CallbackNode : WorkflowNode
{
    private readonly IReadOnlyList<WorkflowEdge> exits;

    public CallbackNode(string id, string title, SourcePosition position, TimeSpan due, string what, string? next, SourcePosition nextPosition)
        : base(id, title, position)
    {
        Due = due;
        What = what;
        exits = SingleExit(next, nextPosition);
    }

    public override NodeKind Kind => NodeKind.Callback;
    public TimeSpan Due { get; }
    public string What { get; }
    public override IReadOnlyList<WorkflowEdge> Exits => exits;

    public override NodeExecution Execute(NodeContext context) =>
        NodeExecution.Continue(NodeOutcomes.Next, new CreateCommitment(
            Id, WorkflowCommitmentKind.Callback, null, null, FollowUpOwner.Sender, context.Now + Due, Template.Render(What, context.Facts)));
}
