namespace Baton.Core.Commitments;

/// <summary>Where a commitment stands. Only Closed carries an outcome.</summary>
public enum CommitmentStatus
{
    Open = 1,
    Accepted = 2,
    InProgress = 3,
    Overdue = 4,
    Closed = 5,
}
