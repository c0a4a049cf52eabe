namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>How a case that ended left its workflow, by its end outcome.</summary>
public enum CaseExitKind
{
    /// <summary>Any end outcome other than cancelled or abandoned.</summary>
    Completed = 1,
    Cancelled = 2,
    Abandoned = 3,
}

/// <summary>The cases that ended at one node, by how they ended.</summary>
public sealed record NodeExits(int Completed, int Cancelled, int Abandoned)
{
    public static NodeExits None { get; } = new(0, 0, 0);

    public int Total => Completed + Cancelled + Abandoned;

    public static CaseExitKind KindOf(string? endOutcome) => endOutcome switch
    {
        "cancelled" => CaseExitKind.Cancelled,
        "abandoned" => CaseExitKind.Abandoned,
        _ => CaseExitKind.Completed,
    };

    public NodeExits Add(CaseExitKind kind) => kind switch
    {
        CaseExitKind.Completed => this with { Completed = Completed + 1 },
        CaseExitKind.Cancelled => this with { Cancelled = Cancelled + 1 },
        CaseExitKind.Abandoned => this with { Abandoned = Abandoned + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
