namespace Baton.Core.Discretion;

/// <summary>The outcome of asking to grant a gesture, with the reason in words.</summary>
public abstract record GrantDecision(string Why);

/// <summary>Within the limits: granted at once and logged.</summary>
public sealed record ApprovedAtOnce(string Why) : GrantDecision(Why);

/// <summary>Above the limits (or no policy): an Approval commitment goes to the approver, due at the deadline.</summary>
public sealed record NeedsApproval(Guid ApproverId, DateTime Deadline, string Why) : GrantDecision(Why);
