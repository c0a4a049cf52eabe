namespace Baton.Core.Workflows;

/// <summary>How the customer feels about the conversation; YAML: positive, neutral, on_the_fence, negative.</summary>
public enum SentimentTag
{
    Positive = 1,
    Neutral = 2,
    /// <summary>Undecided: hedging ("maybe", "not sure") or mixed signals.</summary>
    OnTheFence = 3,
    Negative = 4,
}
