namespace Baton.Core.Workflows;

/// <summary>
/// Scores text with <see cref="SentimentLexicon"/>: the mean of the word weights found, scaled to [-1, 1].
/// A negator up to three words before a word flips it and halves it ("not happy" is mildly negative,
/// "not bad" mildly positive); an intensifier right before a word multiplies it by 1.5. Clauses
/// (split at . , ; : ! ? and "but") stop negation from leaking into the next clause.
/// </summary>
public static class SentimentScorer
{
    public const double PositiveThreshold = 0.25;
    public const double NegativeThreshold = -0.25;
    /// <summary>Hedged text is on the fence unless it is clearly one way.</summary>
    public const double HedgeOverride = 0.5;
    private const int NegationWindow = 3;
    private const double NegationFactor = -0.5;
    private const double IntensifierFactor = 1.5;

    private static readonly char[] ClauseBreaks = ['.', ',', ';', ':', '!', '?', '\n'];

    public static SentimentScore Score(string? text)
    {
        double sum = 0;
        int positive = 0, negative = 0, scored = 0;
        foreach (var clause in Clauses(text ?? ""))
        {
            var words = Words(clause);
            for (var i = 0; i < words.Count; i++)
            {
                var start = i;
                if (!TryWeight(words, ref i, out var weight))
                {
                    continue;
                }
                double value = weight;
                if (start > 0 && SentimentLexicon.Intensifiers.Contains(words[start - 1]))
                {
                    value *= IntensifierFactor;
                }
                if (IsNegated(words, start))
                {
                    value *= NegationFactor;
                }
                sum += value;
                scored++;
                positive += value > 0 ? 1 : 0;
                negative += value < 0 ? 1 : 0;
            }
        }
        var mean = scored == 0 ? 0 : sum / (scored * SentimentLexicon.MaxWeight);
        return new SentimentScore(Math.Clamp(mean, -1, 1), positive, negative, CountHedges(text ?? ""));
    }

    /// <summary>Thresholds: hedged and |score| &lt; 0.5 → on the fence; ≥ 0.25 positive; ≤ -0.25 negative; words both ways → on the fence; else neutral.</summary>
    public static SentimentTag TagFor(SentimentScore score)
    {
        if (score.Hedges > 0 && Math.Abs(score.Value) < HedgeOverride)
        {
            return SentimentTag.OnTheFence;
        }
        if (score.Value >= PositiveThreshold)
        {
            return SentimentTag.Positive;
        }
        if (score.Value <= NegativeThreshold)
        {
            return SentimentTag.Negative;
        }
        return score.PositiveWords > 0 && score.NegativeWords > 0 ? SentimentTag.OnTheFence : SentimentTag.Neutral;
    }

    /// <summary>Lower-case words; letters, digits and apostrophes (curly ones straightened) make a word.</summary>
    public static IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in text)
        {
            var c = raw is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(raw);
            if (char.IsLetterOrDigit(c) || (c == '\'' && current.Length > 0))
            {
                current.Append(c);
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString().TrimEnd('\''));
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            words.Add(current.ToString().TrimEnd('\''));
        }
        return words;
    }

    private static IEnumerable<string> Clauses(string text) =>
        text.ToLowerInvariant().Split(ClauseBreaks).SelectMany(c => c.Split(" but ", StringSplitOptions.None));

    /// <summary>Two-word phrases win over their single words; a matched phrase consumes both words.</summary>
    private static bool TryWeight(IReadOnlyList<string> words, ref int index, out int weight)
    {
        if (index + 1 < words.Count && SentimentLexicon.Weights.TryGetValue(words[index] + " " + words[index + 1], out weight))
        {
            index++;
            return true;
        }
        return SentimentLexicon.Weights.TryGetValue(words[index], out weight);
    }

    private static bool IsNegated(IReadOnlyList<string> words, int index)
    {
        for (var i = Math.Max(0, index - NegationWindow); i < index; i++)
        {
            if (SentimentLexicon.Negators.Contains(words[i]) || words[i].EndsWith("n't", StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    private static int CountHedges(string text)
    {
        var padded = " " + string.Join(' ', Words(text)) + " ";
        return SentimentLexicon.Hedges.Count(h => padded.Contains(" " + h + " ", StringComparison.Ordinal));
    }
}
