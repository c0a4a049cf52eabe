namespace Baton.Core.Workflows;

/// <summary>Open a commitment. For a Handoff the receiving side must accept it before it counts as passed.</summary>
public sealed record CreateCommitment(
    string NodeId,
    WorkflowCommitmentKind Kind,
    string? DepartmentName,
    string? Skill,
    FollowUpOwner FollowUpOwner,
    DateTime DueAt,
    string What) : WorkflowEffect(NodeId)
{
    public override string Describe()
    {
        var target = (DepartmentName, Skill) switch
        {
            ({ } department, { } skill) => $" to {department} (skill {skill})",
            ({ } department, null) => $" to {department}",
            (null, { } skill) => $" to skill {skill}",
            _ => "",
        };
        return $"{Kind.ToString().ToLowerInvariant()}{target}, follow-up by {FollowUpOwner.ToString().ToLowerInvariant()}";
    }
}
