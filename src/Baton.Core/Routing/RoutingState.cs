using Baton.Core.Organization;

namespace Baton.Core.Routing;

/// <summary>
/// Work waiting for a person. <see cref="Excluded"/> are people it must not be offered to: those who declined it or let
/// an offer lapse, and those who may not take it at all (the sender of a hand-off).
/// </summary>
public sealed record QueuedItem(
    Guid Id,
    WorkItemKind Kind,
    string Queue,
    Guid? DepartmentId,
    IReadOnlyCollection<string> RequiredSkills,
    int? Priority,
    DateTime EnqueuedAt,
    bool Overflowed,
    IReadOnlyCollection<Guid> Excluded);

/// <summary>
/// A person who might be offered work. Idle since the later of when their presence last changed and when they last
/// took or finished routed work. <see cref="Load"/> counts the routed work they hold; someone with an open offer
/// is not offered more until they answer it.
/// </summary>
public sealed record RoutingCandidate(
    Guid PersonId,
    Presence Presence,
    DateTime PresenceSince,
    bool OnShift,
    Guid? DepartmentId,
    IReadOnlyCollection<string> Skills,
    DateTime? LastWorkAt,
    PersonCapacity Capacity,
    WorkLoad Load)
{
    public DateTime IdleSince => LastWorkAt is { } last && last > PresenceSince ? last : PresenceSince;

    /// <summary>Only someone Available and on shift is offered anything: never Offline, on a call, in wrap-up or on a break.</summary>
    public bool CanBeOffered => Presence == Presence.Available && OnShift;
}

/// <summary>An offer waiting for its answer until <see cref="ExpiresAt"/>.</summary>
public sealed record OpenOffer(Guid Id, Guid WorkItemId, Guid PersonId, DateTime ExpiresAt);

/// <summary>Everything the router looks at.</summary>
public sealed record RoutingState(
    IReadOnlyList<QueuedItem> Items,
    IReadOnlyList<RoutingCandidate> People,
    IReadOnlyList<OpenOffer> Offers,
    RuleBook Rules);
