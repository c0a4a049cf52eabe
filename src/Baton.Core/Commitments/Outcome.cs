namespace Baton.Core.Commitments;

/// <summary>How a closed commitment ended.</summary>
public enum Outcome
{
    Kept = 1,
    /// <summary>Not kept; always carries a reason.</summary>
    Broken = 2,
    /// <summary>A new due time was agreed with the promisee: this one closes and a linked one opens.</summary>
    Renegotiated = 3,
    /// <summary>Dropped by agreement; carries a reason and who agreed.</summary>
    Cancelled = 4,
}
