namespace Baton.Server.Features.Expectations;

public enum AppliesToKind
{
    Role = 1,
    Team = 2,
    Department = 3,
}

public enum Comparison
{
    AtLeast = 1,
    AtMost = 2,
}

/// <summary>
/// One version of a metric target for a role, team or department. Versions of the same expectation share a Key;
/// the newest one that is not retired is current, the older ones are kept as history (superseded: RetiredAt set).
/// </summary>
public sealed class Expectation
{
    public Guid Id { get; init; }
    public Guid Key { get; init; }
    public int Version { get; init; }
    public required string Metric { get; init; }
    public AppliesToKind AppliesToKind { get; init; }
    public required string AppliesTo { get; init; }
    public decimal Target { get; init; }
    public Comparison Comparison { get; init; }
    public required string Description { get; init; }
    public Guid OwnerId { get; init; }
    public required string ChangeReason { get; init; }
    public DateTime CreatedAt { get; init; }
    public Guid CreatedById { get; init; }
    public DateTime? RetiredAt { get; private set; }

    public void Supersede(DateTime now) => RetiredAt ??= now;
}
