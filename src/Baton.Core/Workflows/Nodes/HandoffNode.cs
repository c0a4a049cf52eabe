namespace Baton.Core.Workflows;

/// <summary>Passes the case to a department and/or skill: a Handoff commitment the receiving side must accept.</summary>
public sealed class HandoffNode : WorkflowNode
{
    private readonly IReadOnlyList<WorkflowEdge> exits;

    public HandoffNode(string id, string title, SourcePosition position, string? department, string? skill,
        FollowUpOwner followUpOwner, TimeSpan due, string what, string? next, SourcePosition nextPosition)
        : base(id, title, position)
    {
        Department = department;
        Skill = skill;
        FollowUpOwner = followUpOwner;
        Due = due;
        What = what;
        exits = SingleExit(next, nextPosition);
    }

    public override NodeKind Kind => NodeKind.Handoff;
    public string? Department { get; }
    public string? Skill { get; }
    public FollowUpOwner FollowUpOwner { get; }
    /// <summary>How long after the hand-off the follow-up is due.</summary>
    public TimeSpan Due { get; }
    /// <summary>Template for what is promised, e.g. "Call {{fields.customer.name}} for bank details".</summary>
    public string What { get; }
    public override IReadOnlyList<WorkflowEdge> Exits => exits;

    public override NodeExecution Execute(NodeContext context) =>
        NodeExecution.Continue(NodeOutcomes.Next, new CreateCommitment(
            Id, WorkflowCommitmentKind.Handoff, Department, Skill, FollowUpOwner, context.Now + Due, Template.Render(What, context.Facts)));
}
