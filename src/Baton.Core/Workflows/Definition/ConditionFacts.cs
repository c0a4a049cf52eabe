namespace Baton.Core.Workflows;

/// <summary>What conditions may look at: answers so far, case fields, notes/transcript text and the agent's sentiment tag.</summary>
public sealed class ConditionFacts
{
    private readonly string paddedWords;
    private SentimentReading? sentiment;

    public ConditionFacts(IReadOnlyDictionary<string, string> answers, IReadOnlyDictionary<string, string> fields, string text, SentimentTag? agentSentiment)
    {
        Answers = answers;
        Fields = fields;
        Text = text;
        AgentSentiment = agentSentiment;
        paddedWords = " " + string.Join(' ', SentimentScorer.Words(text)) + " ";
    }

    public IReadOnlyDictionary<string, string> Answers { get; }
    public IReadOnlyDictionary<string, string> Fields { get; }
    public string Text { get; }
    public SentimentTag? AgentSentiment { get; }

    /// <summary>Computed on first use: most decisions never look at sentiment.</summary>
    public SentimentReading Sentiment => sentiment ??= SentimentReading.Of(AgentSentiment, Text);

    /// <summary>Whole-word match so "cancel" does not fire on "cancellation policy explained".</summary>
    public bool Mentions(string phrase)
    {
        var words = SentimentScorer.Words(phrase);
        return words.Count > 0 && paddedWords.Contains(" " + string.Join(' ', words) + " ", StringComparison.Ordinal);
    }
}
