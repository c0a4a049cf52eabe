namespace Baton.Core.Commitments;

/// <summary>What sort of promise a commitment is. Numbers are stored: never renumber.</summary>
public enum CommitmentKind
{
    Callback = 1,
    FollowUp = 2,
    Handoff = 3,
    Escalation = 4,
    Approval = 5,
    /// <summary>Agreed in a coaching session.</summary>
    ActionItem = 6,
    /// <summary>Someone else promised something to the person who logged it.</summary>
    Request = 7,
}
