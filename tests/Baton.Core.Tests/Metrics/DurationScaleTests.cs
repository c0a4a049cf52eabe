using Baton.Core.Metrics;

namespace Baton.Core.Tests.Metrics;

public sealed class DurationScaleTests
{
    private static readonly DurationScale Scale = DurationScale.Commitments;

    [Theory]
    [InlineData(0, 5.0)]
    [InlineData(5, 5.0)]
    [InlineData(5.01, 10.0)]
    [InlineData(30, 30.0)]
    [InlineData(10080, 10080.0)]
    public void A_value_falls_in_the_first_bucket_whose_bound_is_at_or_above_it(double minutes, double bound) =>
        Assert.Equal(bound, Scale.BoundOf(minutes));

    [Fact]
    public void Beyond_the_last_bound_there_is_no_bound_to_report()
    {
        Assert.Equal(Scale.Buckets - 1, Scale.BucketOf(10081));
        Assert.Null(Scale.BoundOf(10081));
    }

    [Fact]
    public void Percentiles_are_the_bounds_of_the_nearest_rank_values()
    {
        // Ten values: the median is the 5th (4.5, within 5 minutes), p90 the 9th (9.5, within 10), the largest within an hour.
        double[] minutes = [1, 2, 3, 4, 4.5, 6, 7, 8, 9.5, 40];
        Assert.Equal(5, Scale.Percentile(minutes, 0.5));
        Assert.Equal(10, Scale.Percentile(minutes, 0.9));
        Assert.Equal(60, Scale.Percentile(minutes, 1.0));
    }

    [Fact]
    public void A_histogram_gives_the_same_percentiles_as_its_values()
    {
        var random = new Random(3);
        var minutes = Enumerable.Range(0, 500).Select(_ => random.NextDouble() * random.Next(1, 5000)).ToList();
        var counts = new long[Scale.Buckets];
        foreach (var m in minutes)
        {
            counts[Scale.BucketOf(m)]++;
        }
        foreach (var q in new[] { 0.1, 0.5, 0.9, 0.99 })
        {
            var position = (int)DurationScale.PositionOf(minutes.Count, q);
            Assert.Equal(Scale.BoundOf(minutes.Order().ElementAt(position - 1)), Scale.Percentile(counts, q));
        }
    }

    [Fact]
    public void No_values_no_percentile_and_overflow_reads_as_null()
    {
        Assert.Null(Scale.Percentile(Array.Empty<double>(), 0.5));
        Assert.Null(Scale.Percentile([20000.0, 30000.0], 0.5));
    }
}
