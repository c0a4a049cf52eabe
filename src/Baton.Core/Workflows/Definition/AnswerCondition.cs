namespace Baton.Core.Workflows;

/// <summary>Holds when the answer to a step question compares as written (e.g. answer wants_refund equals yes).</summary>
public sealed record AnswerCondition(string QuestionId, ValueComparison Comparison, IReadOnlyList<string> Values, SourcePosition Position)
    : WorkflowCondition(Position)
{
    public override bool IsMetBy(ConditionFacts facts) =>
        ValueMatcher.Matches(facts.Answers.GetValueOrDefault(QuestionId), Comparison, Values);

    public override string Describe() => $"answer {QuestionId} {ValueMatcher.Describe(Comparison, Values)}";
}
