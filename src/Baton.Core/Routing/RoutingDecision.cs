namespace Baton.Core.Routing;

/// <summary>What one routing pass decided; the server applies all of it in one transaction.</summary>
public sealed record RoutingDecision(
    IReadOnlyList<OfferToMake> Offers,
    IReadOnlyList<OpenOffer> Expired,
    IReadOnlyList<ItemOverflow> Overflows,
    IReadOnlyList<OverflowCheck> OverflowChecks);

/// <summary>Offer the item to the person until <see cref="ExpiresAt"/>.</summary>
public sealed record OfferToMake(Guid WorkItemId, Guid PersonId, DateTime ExpiresAt);

/// <summary>The item waited too long in its queue and now belongs to another department.</summary>
public sealed record ItemOverflow(Guid WorkItemId, Guid? FromDepartmentId, Guid ToDepartmentId);

/// <summary>The item will overflow at <see cref="At"/> if nobody has taken it: a pass is needed then.</summary>
public sealed record OverflowCheck(Guid WorkItemId, DateTime At);
