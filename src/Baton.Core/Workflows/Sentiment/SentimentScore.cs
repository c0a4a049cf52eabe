namespace Baton.Core.Workflows;

/// <summary>A lexicon score: Value in [-1, 1], how many words pulled each way, and how many hedges were heard.</summary>
public sealed record SentimentScore(double Value, int PositiveWords, int NegativeWords, int Hedges);
