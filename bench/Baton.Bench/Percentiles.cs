namespace Baton.Bench;

/// <summary>p50 / p99 / max of a set of lags, in milliseconds (nearest-rank percentiles).</summary>
public sealed record LagSummary(int Count, double P50, double P99, double Max)
{
    public static LagSummary Of(IEnumerable<double> lagsMs)
    {
        var sorted = lagsMs.Order().ToArray();
        return sorted.Length == 0
            ? new LagSummary(0, double.NaN, double.NaN, double.NaN)
            : new LagSummary(sorted.Length, Percentiles.NearestRank(sorted, 50), Percentiles.NearestRank(sorted, 99), sorted[^1]);
    }
}

public static class Percentiles
{
    /// <summary>The smallest value with at least <paramref name="percent"/> % of the values at or below it.</summary>
    public static double NearestRank(IReadOnlyList<double> sorted, double percent)
    {
        ArgumentOutOfRangeException.ThrowIfZero(sorted.Count);
        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
