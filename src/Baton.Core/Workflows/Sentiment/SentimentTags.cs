namespace Baton.Core.Workflows;

/// <summary>The YAML and API spelling of <see cref="SentimentTag"/>.</summary>
public static class SentimentTags
{
    private static readonly Dictionary<string, SentimentTag> ByName = new(StringComparer.Ordinal)
    {
        ["positive"] = SentimentTag.Positive,
        ["neutral"] = SentimentTag.Neutral,
        ["on_the_fence"] = SentimentTag.OnTheFence,
        ["negative"] = SentimentTag.Negative,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out SentimentTag tag) => ByName.TryGetValue(name?.Trim() ?? "", out tag);

    public static string Name(SentimentTag tag) => ByName.First(pair => pair.Value == tag).Key;
}
