namespace Baton.Core.Metrics;

/// <summary>
/// Fixed histogram bounds for a kind of duration, in minutes. A scorecard reports a duration's median and p90 as the
/// bound of the bucket that holds them ("half were accepted within 15 minutes, 90 % within an hour"), so the figures of
/// a year can be summed from daily histograms instead of sorting a million rows. A percentile beyond the last bound has
/// no bound to report and reads as null although there is data ("over a week").
/// </summary>
public sealed class DurationScale
{
    /// <summary>Handle time of calls.</summary>
    public static DurationScale Calls { get; } = new([1, 2, 3, 4, 5, 6, 8, 10, 15, 20, 30, 60]);

    /// <summary>Hand-off acceptance and escalation response: minutes to days.</summary>
    public static DurationScale Commitments { get; } = new([5, 10, 15, 30, 60, 120, 240, 480, 1440, 2880, 10080]);

    private readonly double[] _bounds;

    private DurationScale(double[] bounds) => _bounds = bounds;

    public IReadOnlyList<double> BoundsMinutes => _bounds;

    /// <summary>One bucket per bound plus the overflow bucket.</summary>
    public int Buckets => _bounds.Length + 1;

    /// <summary>The first bucket whose bound is at or above the value; the overflow bucket beyond the last bound.</summary>
    public int BucketOf(double minutes)
    {
        for (var i = 0; i < _bounds.Length; i++)
        {
            if (minutes <= _bounds[i])
            {
                return i;
            }
        }
        return _bounds.Length;
    }

    /// <summary>The bound of the bucket holding the value; null beyond the last bound.</summary>
    public double? BoundOf(double minutes) => BucketOf(minutes) is var b && b < _bounds.Length ? _bounds[b] : null;

    /// <summary>
    /// The bound of the bucket holding the nearest-rank <paramref name="quantile"/> (the ⌈q·n⌉-th smallest value, so
    /// the median of an even count is the lower middle one); null without data or beyond the last bound.
    /// </summary>
    public double? Percentile(IReadOnlyList<long> counts, double quantile)
    {
        var total = counts.Sum();
        if (total == 0)
        {
            return null;
        }
        var position = PositionOf(total, quantile);
        long seen = 0;
        for (var i = 0; i < counts.Count; i++)
        {
            seen += counts[i];
            if (seen >= position)
            {
                return i < _bounds.Length ? _bounds[i] : null;
            }
        }
        return null;
    }

    /// <summary>The same percentile read from the values themselves (the reference for the histograms).</summary>
    public double? Percentile(IEnumerable<double> minutes, double quantile)
    {
        var counts = new long[Buckets];
        foreach (var value in minutes)
        {
            counts[BucketOf(value)]++;
        }
        return Percentile(counts, quantile);
    }

    /// <summary>The 1-based position, among <paramref name="count"/> sorted values, of the nearest-rank quantile.</summary>
    public static long PositionOf(long count, double quantile) => Math.Max(1, (long)Math.Ceiling(quantile * count));
}
