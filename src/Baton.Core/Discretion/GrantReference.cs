namespace Baton.Core.Discretion;

/// <summary>What a gesture was granted for. Stored by name: never rename.</summary>
public enum GrantReferenceKind
{
    Customer = 1,
    Interaction = 2,
    Case = 3,
    Commitment = 4,
}

/// <summary>The interaction (call id), case, customer or commitment a gesture was granted for; the per-interaction limit counts per reference.</summary>
public sealed record GrantReference(GrantReferenceKind Kind, string Id)
{
    public const int MaxIdLength = 100;

    public static GrantReference Require(GrantReferenceKind? kind, string? id)
    {
        if (kind is not { } k || !Enum.IsDefined(k))
        {
            throw new DomainException("referenceKind", "Say what the gesture is for: a Customer, an Interaction, a Case or a Commitment.");
        }
        var trimmed = id?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxIdLength)
        {
            throw new DomainException("referenceId", $"Give the reference (a call id, case, customer or commitment), up to {MaxIdLength} characters.");
        }
        return new GrantReference(k, trimmed);
    }
}
