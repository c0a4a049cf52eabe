namespace Baton.Core.Workflows;

/// <summary>The sentiment conditions see: a tag and a score in [-1, 1].</summary>
public sealed record SentimentReading(SentimentTag Tag, double Score, SentimentSource Source)
{
    /// <summary>
    /// The agent heard the call, so their tag wins over any text. The score then becomes the tag's anchor,
    /// so a score threshold can never contradict the agent's tag.
    /// </summary>
    public static SentimentReading Of(SentimentTag? agentTag, string? text)
    {
        if (agentTag is { } tag)
        {
            return new SentimentReading(tag, AnchorScore(tag), SentimentSource.Agent);
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SentimentReading(SentimentTag.Neutral, 0, SentimentSource.None);
        }
        var score = SentimentScorer.Score(text);
        return new SentimentReading(SentimentScorer.TagFor(score), score.Value, SentimentSource.Lexicon);
    }

    public static double AnchorScore(SentimentTag tag) => tag switch
    {
        SentimentTag.Positive => 0.5,
        SentimentTag.Negative => -0.5,
        SentimentTag.Neutral or SentimentTag.OnTheFence => 0,
        _ => 0,
    };
}
