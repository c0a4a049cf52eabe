namespace Baton.Core.Commitments;

/// <summary>Why custody moved to a new owner.</summary>
public enum CustodyReason
{
    /// <summary>The first owner, when the commitment is made.</summary>
    Assigned = 1,
    Accepted = 2,
    ShiftHandover = 3,
    Escalated = 4,
    Reassigned = 5,
    /// <summary>A rejected hand-off goes back to its sender.</summary>
    Returned = 6,
}
