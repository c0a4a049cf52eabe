using Baton.Core.Discretion;
using Baton.Core.Organization;

namespace Baton.Core.Tests.Discretion;

public sealed class EarnedAutonomyTests
{
    private static readonly DateTime Now = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);
    private static readonly EarnedAutonomyRule Rule = new(12, 0.95m, 1.5m);

    private static DiscretionPolicy Policy(EarnedAutonomyRule? rule = null) =>
        DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.GoodwillCredit, Role.Agent, "eur", 25m, 300m, rule ?? Rule, Now);

    [Fact]
    public void Tenure_and_kept_rate_both_met_multiply_the_limits_and_say_why()
    {
        var limits = EarnedAutonomy.Apply(Policy(), new PersonRecord(new DateOnly(2025, 3, 9), 19, 1), Now);
        Assert.True(limits.Earned);
        Assert.Equal((37.5m, 450m, "EUR"), (limits.PerInteraction, limits.RollingWeek, limits.Currency));
        Assert.Contains("12 months here and 95% of your promises kept", limits.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void One_day_short_of_the_tenure_keeps_the_base_limits()
    {
        var limits = EarnedAutonomy.Apply(Policy(), new PersonRecord(new DateOnly(2025, 3, 10), 20, 0), Now);
        Assert.False(limits.Earned);
        Assert.Equal(25m, limits.PerInteraction);
        Assert.Contains("after 12 months here (you have 11 months)", limits.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_kept_rate_below_the_bar_keeps_the_base_limits()
    {
        var limits = EarnedAutonomy.Apply(Policy(), new PersonRecord(new DateOnly(2020, 1, 1), 18, 2), Now);
        Assert.False(limits.Earned);
        Assert.Equal(300m, limits.RollingWeek);
        Assert.Contains("yours: 90%", limits.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_start_date_or_closed_promises_nothing_is_earned()
    {
        Assert.Contains("no start date is recorded", EarnedAutonomy.Apply(Policy(), new PersonRecord(null, 20, 0), Now).Reason, StringComparison.Ordinal);
        Assert.Contains("you closed none", EarnedAutonomy.Apply(Policy(), new PersonRecord(new DateOnly(2020, 1, 1), 0, 0), Now).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_without_a_rule_gives_its_limits_as_they_are()
    {
        var policy = DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.FeeWaiver, Role.Agent, "EUR", 10m, 50m, null, Now);
        var limits = EarnedAutonomy.Apply(policy, new PersonRecord(new DateOnly(2000, 1, 1), 100, 0), Now);
        Assert.Equal((10m, 50m, false), (limits.PerInteraction, limits.RollingWeek, limits.Earned));
    }

    [Theory]
    [InlineData(-1, 0.9, 1.5, "earnedAutonomy.minTenureMonths")]
    [InlineData(6, 1.1, 1.5, "earnedAutonomy.minKeptRate")]
    [InlineData(6, 0.9, 1, "earnedAutonomy.factor")]
    public void Bad_rules_are_refused_naming_the_field(int months, double rate, double factor, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => EarnedAutonomyRule.Require(months, (decimal)rate, (decimal)factor)).Field);
}
