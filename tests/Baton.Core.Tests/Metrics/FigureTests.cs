using Baton.Core.Metrics;
using static Baton.Core.Tests.Metrics.Facts;

namespace Baton.Core.Tests.Metrics;

public sealed class FigureTests
{
    [Fact]
    public void A_rate_without_items_has_no_value_rather_than_zero()
    {
        Assert.Null(RateFigure.Empty.Value);
        Assert.Null(new MeanFigure(0, 0, []).Value);
        Assert.Null(new DurationFigure(TimeSpan.Zero, 0, null, null, []).Value);
        Assert.Equal(0.0, new RateFigure(0, 3, [], []).Value);
    }

    [Fact]
    public void Median_of_an_even_count_is_the_mean_of_the_middle_two_and_p90_is_the_nearest_rank()
    {
        // 1..10 minutes: median 5.5 minutes, p90 the 9th value, mean 5.5 minutes.
        var calls = Enumerable.Range(1, 10).Select(m => Call(Alice, Mar(3), minutes: m)).ToList();
        var figure = InteractionMetrics.HandleTime(calls, [], March, TimeSpan.FromDays(7), TimeSpan.FromHours(1), NoneExcluded).Time;

        Assert.Equal(10, figure.Denominator);
        Assert.Equal(TimeSpan.FromMinutes(55), figure.Numerator);
        Assert.Equal(TimeSpan.FromMinutes(5.5), figure.Value);
        Assert.Equal(TimeSpan.FromMinutes(5.5), figure.Median);
        Assert.Equal(TimeSpan.FromMinutes(9), figure.P90);
    }

    [Fact]
    public void Median_and_p90_of_an_odd_count_and_of_one_item()
    {
        var three = new[] { 30, 10, 20 }.Select(m => Call(Alice, Mar(3), minutes: m)).ToList();
        var one = new[] { Call(Alice, Mar(3), minutes: 7) };

        var ofThree = InteractionMetrics.HandleTime(three, [], March, TimeSpan.FromDays(7), TimeSpan.FromHours(1), NoneExcluded).Time;
        var ofOne = InteractionMetrics.HandleTime(one, [], March, TimeSpan.FromDays(7), TimeSpan.FromHours(1), NoneExcluded).Time;

        Assert.Equal((TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(30)), (ofThree.Median!.Value, ofThree.P90!.Value));
        Assert.Equal((TimeSpan.FromMinutes(7), TimeSpan.FromMinutes(7)), (ofOne.Median!.Value, ofOne.P90!.Value));
    }

    [Fact]
    public void A_period_includes_its_start_and_excludes_its_end()
    {
        Assert.True(March.Contains(From));
        Assert.True(March.Contains(To.AddTicks(-10)));
        Assert.False(March.Contains(To));
        Assert.False(March.Contains(From.AddTicks(-10)));
        Assert.False(March.Contains((DateTime?)null));
    }

    [Fact]
    public void A_period_must_end_after_it_starts_and_be_given_in_utc()
    {
        Assert.Equal("to", Assert.Throws<DomainException>(() => new Period(To, From)).Field);
        Assert.Equal("to", Assert.Throws<DomainException>(() => new Period(From, From)).Field);
        Assert.Equal("from", Assert.Throws<DomainException>(() => new Period(DateTime.SpecifyKind(From, DateTimeKind.Local), To)).Field);
    }
}
