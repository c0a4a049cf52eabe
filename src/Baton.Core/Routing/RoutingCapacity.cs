namespace Baton.Core.Routing;

/// <summary>
/// A person's own limits: how many items of each kind they hold at once, and in all. Null means "the queue's default"
/// (per kind) or "no overall limit" (total).
/// </summary>
public readonly record struct PersonCapacity(int? Total = null, int? Calls = null, int? Handoffs = null, int? Callbacks = null, int? Cases = null)
{
    /// <summary>One call at a time; five of anything else.</summary>
    public static int Default(WorkItemKind kind) => kind == WorkItemKind.InboundCall ? 1 : 5;

    public int? For(WorkItemKind kind) => kind switch
    {
        WorkItemKind.InboundCall => Calls,
        WorkItemKind.Handoff => Handoffs,
        WorkItemKind.Callback => Callbacks,
        WorkItemKind.Case => Cases,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of work."),
    };

    /// <summary>The person's limit for a kind: their own, else the rule's default, else <see cref="Default"/>.</summary>
    public int Effective(WorkItemKind kind, RoutingRule rule) => For(kind) ?? rule.DefaultCapacity ?? Default(kind);
}

/// <summary>What a person holds now, per kind: routed work they took and have not finished.</summary>
public readonly record struct WorkLoad(int Calls = 0, int Handoffs = 0, int Callbacks = 0, int Cases = 0)
{
    public int Total => Calls + Handoffs + Callbacks + Cases;

    public int For(WorkItemKind kind) => kind switch
    {
        WorkItemKind.InboundCall => Calls,
        WorkItemKind.Handoff => Handoffs,
        WorkItemKind.Callback => Callbacks,
        WorkItemKind.Case => Cases,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of work."),
    };

    public WorkLoad Plus(WorkItemKind kind) => kind switch
    {
        WorkItemKind.InboundCall => this with { Calls = Calls + 1 },
        WorkItemKind.Handoff => this with { Handoffs = Handoffs + 1 },
        WorkItemKind.Callback => this with { Callbacks = Callbacks + 1 },
        WorkItemKind.Case => this with { Cases = Cases + 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of work."),
    };
}

/// <summary>Validation of capacities given by a person.</summary>
public static class CapacityRules
{
    public static int? Optional(int? value, string field) =>
        value is < 1 or > RoutingRule.MaxCapacity
            ? throw new DomainException(field, $"A capacity lies between 1 and {RoutingRule.MaxCapacity}, or is empty for the default.")
            : value;

    public static PersonCapacity Require(int? total, int? calls, int? handoffs, int? callbacks, int? cases) => new(
        Optional(total, "totalCapacity"), Optional(calls, "callCapacity"), Optional(handoffs, "handoffCapacity"),
        Optional(callbacks, "callbackCapacity"), Optional(cases, "caseCapacity"));
}
