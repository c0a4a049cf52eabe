namespace Baton.Core.Workflows;

/// <summary>Holds when any of the words or phrases appears in the case's notes or transcript (whole words, any case).</summary>
public sealed record KeywordCondition(IReadOnlyList<string> Keywords, SourcePosition Position) : WorkflowCondition(Position)
{
    public override bool IsMetBy(ConditionFacts facts) => Keywords.Any(facts.Mentions);

    public override string Describe() => $"keywords any of [{string.Join(", ", Keywords)}]";
}
