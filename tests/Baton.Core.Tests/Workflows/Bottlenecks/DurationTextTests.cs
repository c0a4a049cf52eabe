using Baton.Core.Workflows.Bottlenecks;

namespace Baton.Core.Tests.Workflows.Bottlenecks;

public sealed class DurationTextTests
{
    [Theory]
    [InlineData(0, "0s")]
    [InlineData(45, "45s")]
    [InlineData(59.4, "59s")]
    [InlineData(59.5, "1m")]
    [InlineData(90, "2m")]
    [InlineData(180, "3m")]
    [InlineData(720, "12m")]
    [InlineData(3570, "1h")]
    [InlineData(5400, "1.5h")]
    [InlineData(86_000, "23.9h")]
    [InlineData(86_300, "1d")]
    [InlineData(129_600, "1.5d")]
    [InlineData(-5, "0s")]
    public void Durations_are_shown_in_one_unit_rounded_half_up(double seconds, string expected)
    {
        Assert.Equal(expected, DurationText.Compact(TimeSpan.FromSeconds(seconds)));
    }

    [Fact]
    public void No_duration_is_a_dash()
    {
        Assert.Equal("—", DurationText.Compact((TimeSpan?)null));
    }
}
