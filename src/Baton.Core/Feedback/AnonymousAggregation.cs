namespace Baton.Core.Feedback;

/// <summary>One anonymous piece of feedback as the aggregation sees it.</summary>
public sealed record AnonymousFact(FeedbackTarget Target, DateTime PeriodStart, string GiverKey, FeedbackTheme Theme, string Text);

public sealed record ThemeCount(FeedbackTheme Theme, int Count);

/// <summary>What may be shown of one receiver's anonymous feedback in one month: counts, themes and texts, nothing per person.</summary>
public sealed record AnonymousAggregate(FeedbackTarget Target, DateTime PeriodStart, int Givers, int Items, IReadOnlyList<ThemeCount> Themes,
    IReadOnlyList<string> Texts);

/// <summary>
/// Groups anonymous feedback by receiver and month and returns only the groups that at least <see cref="MinimumGivers"/>
/// distinct people gave, so no single person can be identified. A smaller group yields nothing at all, not even a count.
/// </summary>
public static class AnonymousAggregation
{
    public const int MinimumGivers = 3;

    public static IReadOnlyList<AnonymousAggregate> Aggregate(IEnumerable<AnonymousFact> facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return
        [
            .. facts.GroupBy(f => (f.Target, f.PeriodStart))
                .Where(g => g.Select(f => f.GiverKey).Distinct(StringComparer.Ordinal).Count() >= MinimumGivers)
                .OrderBy(g => g.Key.PeriodStart).ThenBy(g => g.Key.Target.Kind).ThenBy(g => g.Key.Target.Id)
                .Select(g => new AnonymousAggregate(
                    g.Key.Target,
                    g.Key.PeriodStart,
                    g.Select(f => f.GiverKey).Distinct(StringComparer.Ordinal).Count(),
                    g.Count(),
                    [.. g.GroupBy(f => f.Theme).OrderBy(t => t.Key).Select(t => new ThemeCount(t.Key, t.Count()))],
                    // Sorted by text, not by when or by whom, so the order tells nothing either.
                    [.. g.Select(f => f.Text).Order(StringComparer.Ordinal)])),
        ];
    }

    /// <summary>The visible aggregate of one receiver and month, or null when fewer than the minimum distinct people gave feedback.</summary>
    public static AnonymousAggregate? For(FeedbackTarget target, DateTime periodStart, IEnumerable<AnonymousFact> facts) =>
        Aggregate(facts.Where(f => f.Target == target && f.PeriodStart == periodStart)).SingleOrDefault();
}
