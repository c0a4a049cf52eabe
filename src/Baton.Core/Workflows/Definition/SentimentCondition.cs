using System.Globalization;

namespace Baton.Core.Workflows;

/// <summary>
/// Holds when the case's sentiment has the given tag and/or its score lies within [AtLeast, AtMost].
/// The agent's tag takes precedence over the lexicon, see <see cref="SentimentReading"/>.
/// </summary>
public sealed record SentimentCondition(SentimentTag? Tag, double? AtLeast, double? AtMost, SourcePosition Position)
    : WorkflowCondition(Position)
{
    public override bool IsMetBy(ConditionFacts facts)
    {
        var reading = facts.Sentiment;
        return (Tag is null || reading.Tag == Tag)
            && (AtLeast is null || reading.Score >= AtLeast)
            && (AtMost is null || reading.Score <= AtMost);
    }

    public override string Describe()
    {
        var parts = new List<string>();
        if (Tag is { } tag)
        {
            parts.Add($"is {SentimentTags.Name(tag)}");
        }
        if (AtLeast is { } least)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $">= {least}"));
        }
        if (AtMost is { } most)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"<= {most}"));
        }
        return $"sentiment {string.Join(" and ", parts)}";
    }
}
