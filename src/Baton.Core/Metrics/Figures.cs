namespace Baton.Core.Metrics;

/// <summary>
/// A share: Numerator of Denominator items. Value is null when there is nothing to measure ("no data", never 0 %).
/// ItemIds are every item in the denominator and NumeratorIds those counted in the numerator, for drill-down.
/// </summary>
public sealed record RateFigure(int Numerator, int Denominator, IReadOnlyList<Guid> ItemIds, IReadOnlyList<Guid> NumeratorIds)
{
    public static RateFigure Empty { get; } = new(0, 0, [], []);

    /// <summary>A fraction from 0 to 1, or null without data.</summary>
    public double? Value => Denominator == 0 ? null : (double)Numerator / Denominator;

    internal static RateFigure Of<T>(IEnumerable<T> items, Func<T, Guid> id, Func<T, bool> counts)
    {
        var all = items.ToList();
        var hits = all.Where(counts).ToList();
        return new RateFigure(hits.Count, all.Count, [.. all.Select(id)], [.. hits.Select(id)]);
    }
}

/// <summary>An average: Numerator is the sum over Denominator items. Value is null without data.</summary>
public sealed record MeanFigure(double Numerator, int Denominator, IReadOnlyList<Guid> ItemIds)
{
    public double? Value => Denominator == 0 ? null : Numerator / Denominator;

    internal static MeanFigure Of<T>(IEnumerable<T> items, Func<T, Guid> id, Func<T, double> value)
    {
        var all = items.ToList();
        return new MeanFigure(all.Sum(value), all.Count, [.. all.Select(id)]);
    }
}

/// <summary>
/// Durations: Numerator is their total over Denominator items and Value their mean; Median and P90 beside it.
/// All three are null without data. The median of an even count is the mean of the two middle values; P90 is the
/// nearest-rank 90th percentile (the smallest duration at or above 90 % of them).
/// </summary>
public sealed record DurationFigure(TimeSpan Numerator, int Denominator, TimeSpan? Median, TimeSpan? P90, IReadOnlyList<Guid> ItemIds)
{
    public TimeSpan? Value => Denominator == 0 ? null : Numerator / Denominator;

    /// <summary>Every duration, shortest first, for percentiles on a <see cref="DurationScale"/>.</summary>
    public IReadOnlyList<TimeSpan> Sorted { get; init; } = [];

    /// <summary>The bound on <paramref name="scale"/> of the nearest-rank <paramref name="quantile"/>, in minutes.</summary>
    public double? Within(DurationScale scale, double quantile) => scale.Percentile(Sorted.Select(d => d.TotalMinutes), quantile);

    internal static DurationFigure Of<T>(IEnumerable<T> items, Func<T, Guid> id, Func<T, TimeSpan> duration)
    {
        var all = items.ToList();
        var sorted = all.Select(duration).Order().ToList();
        if (sorted.Count == 0)
        {
            return new DurationFigure(TimeSpan.Zero, 0, null, null, []);
        }
        var total = sorted.Aggregate(TimeSpan.Zero, (sum, d) => sum + d);
        var middle = sorted.Count / 2;
        var median = sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        var p90 = sorted[(int)Math.Ceiling(0.9 * sorted.Count) - 1];
        return new DurationFigure(total, sorted.Count, median, p90, [.. all.Select(id)]) { Sorted = sorted };
    }
}
