namespace Baton.Core.Discretion;

/// <summary>Where a grant stands. Stored by name: never rename.</summary>
public enum GrantStatus
{
    /// <summary>Within the person's limits: granted at once.</summary>
    Granted = 1,
    /// <summary>Above the limits: waiting for the approver.</summary>
    Pending = 2,
    Approved = 3,
    Declined = 4,
}
