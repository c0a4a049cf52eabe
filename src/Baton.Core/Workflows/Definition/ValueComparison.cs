namespace Baton.Core.Workflows;

/// <summary>How an answer or case field is compared; YAML keys: equals, in, greaterThan, lessThan.</summary>
public enum ValueComparison
{
    EqualTo = 1,
    OneOf = 2,
    GreaterThan = 3,
    LessThan = 4,
}
