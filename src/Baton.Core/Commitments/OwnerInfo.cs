namespace Baton.Core.Commitments;

/// <summary>What the domain needs to know about a would-be owner: only active people may hold a commitment.</summary>
public readonly record struct OwnerInfo(Guid Id, bool Active);

/// <summary>Someone signing off an unreachable closure; only a lead's sign-off counts.</summary>
public readonly record struct SignOff(Guid ById, bool IsLead);
