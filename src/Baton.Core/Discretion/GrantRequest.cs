namespace Baton.Core.Discretion;

/// <summary>A person asks to grant a gesture of some amount for a reference.</summary>
public sealed record GrantRequest(Guid RequesterId, GestureType Gesture, decimal Amount, string Currency, GrantReference Reference);

/// <summary>An earlier grant the requester made within their own discretion: it uses up their allowance.</summary>
public sealed record PriorGrant(decimal Amount, DateTime At, GrantReference Reference);

/// <summary>
/// Who may approve a request above the limit, in order of preference (team lead, department head, managers), and by when.
/// The requester never approves their own request, so they are skipped wherever they appear.
/// </summary>
public sealed record ApprovalRoute(IReadOnlyList<Guid> Approvers, DateTime Deadline);

/// <summary>How much of the rolling 7-day limit is used and left.</summary>
public sealed record Allowance(decimal UsedThisWeek, decimal LeftThisWeek);
