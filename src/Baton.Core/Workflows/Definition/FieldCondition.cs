namespace Baton.Core.Workflows;

/// <summary>Holds when a case field (e.g. customer.tier) compares as written.</summary>
public sealed record FieldCondition(string Field, ValueComparison Comparison, IReadOnlyList<string> Values, SourcePosition Position)
    : WorkflowCondition(Position)
{
    public override bool IsMetBy(ConditionFacts facts) =>
        ValueMatcher.Matches(facts.Fields.GetValueOrDefault(Field), Comparison, Values);

    public override string Describe() => $"field {Field} {ValueMatcher.Describe(Comparison, Values)}";
}
