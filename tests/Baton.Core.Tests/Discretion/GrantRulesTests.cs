using Baton.Core.Discretion;

namespace Baton.Core.Tests.Discretion;

public sealed class GrantRulesTests
{
    private static readonly DateTime Now = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Agent = Guid.NewGuid(), Lead = Guid.NewGuid(), Head = Guid.NewGuid();
    private static readonly GrantReference Call = new(GrantReferenceKind.Interaction, "call-1042");
    private static readonly EffectiveLimits Limits = new(25m, 300m, "EUR", false, "Agent policy");
    private static readonly ApprovalRoute Route = new([Lead, Head], Now.AddHours(4));

    private static GrantRequest Ask(decimal amount, GrantReference? reference = null, Guid? requester = null) =>
        new(requester ?? Agent, GestureType.GoodwillCredit, amount, "EUR", reference ?? Call);

    private static PriorGrant Earlier(decimal amount, TimeSpan ago, string reference = "older-call") =>
        new(amount, Now - ago, new GrantReference(GrantReferenceKind.Interaction, reference));

    [Fact]
    public void Within_the_per_interaction_limit_it_is_granted_at_once_and_says_what_is_left()
    {
        var decision = GrantRules.DecideGrant(Limits, [], Ask(25m), Route, Now);
        var approved = Assert.IsType<ApprovedAtOnce>(decision);
        Assert.Contains("0.00 EUR left for this interaction", approved.Why, StringComparison.Ordinal);
        Assert.Contains("275.00 EUR left in 7 days", approved.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Above_the_per_interaction_limit_it_goes_to_the_approver_with_the_deadline()
    {
        var needs = Assert.IsType<NeedsApproval>(GrantRules.DecideGrant(Limits, [], Ask(25.01m), Route, Now));
        Assert.Equal(Lead, needs.ApproverId);
        Assert.Equal(Now.AddHours(4), needs.Deadline);
        Assert.Contains("per-interaction limit of 25.00 EUR", needs.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void Earlier_grants_for_the_same_interaction_count_against_its_limit_others_do_not()
    {
        var prior = new[] { Earlier(20m, TimeSpan.FromMinutes(5), "call-1042"), Earlier(20m, TimeSpan.FromMinutes(10)) };
        var needs = Assert.IsType<NeedsApproval>(GrantRules.DecideGrant(Limits, prior, Ask(10m), Route, Now));
        Assert.Contains("20.00 EUR already granted for it", needs.Why, StringComparison.Ordinal);
        Assert.IsType<ApprovedAtOnce>(GrantRules.DecideGrant(Limits, prior, Ask(10m, new GrantReference(GrantReferenceKind.Interaction, "call-2001")), Route, Now));
    }

    [Fact]
    public void Above_the_rolling_week_it_needs_approval()
    {
        var prior = Enumerable.Range(1, 12).Select(i => Earlier(24m, TimeSpan.FromHours(i * 12), $"call-{i}")).ToList(); // 288 over 6 days
        Assert.IsType<ApprovedAtOnce>(GrantRules.DecideGrant(Limits, prior, Ask(12m), Route, Now));
        var needs = Assert.IsType<NeedsApproval>(GrantRules.DecideGrant(Limits, prior, Ask(12.01m), Route, Now));
        Assert.Contains("weekly limit of 300.00 EUR", needs.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_grant_exactly_seven_days_old_no_longer_counts_one_a_tick_younger_still_does()
    {
        var exactlyAWeek = new[] { Earlier(290m, TimeSpan.FromDays(7)) };
        Assert.IsType<ApprovedAtOnce>(GrantRules.DecideGrant(Limits, exactlyAWeek, Ask(25m), Route, Now));
        Assert.Equal(new Allowance(0m, 300m), GrantRules.AllowanceOf(Limits, exactlyAWeek, Now));

        var justInside = new[] { Earlier(290m, TimeSpan.FromDays(7) - TimeSpan.FromMicroseconds(1)) };
        Assert.IsType<NeedsApproval>(GrantRules.DecideGrant(Limits, justInside, Ask(25m), Route, Now));
        Assert.Equal(new Allowance(290m, 10m), GrantRules.AllowanceOf(Limits, justInside, Now));
    }

    [Fact]
    public void Without_a_policy_every_grant_needs_approval()
    {
        var needs = Assert.IsType<NeedsApproval>(GrantRules.DecideGrant(null, [], Ask(1m), Route, Now));
        Assert.Contains("No discretion policy", needs.Why, StringComparison.Ordinal);
    }

    [Fact]
    public void The_requester_is_never_their_own_approver_even_when_first_in_line()
    {
        var needs = Assert.IsType<NeedsApproval>(GrantRules.DecideGrant(Limits, [], Ask(100m, requester: Lead), Route, Now));
        Assert.Equal(Head, needs.ApproverId);

        var nobodyElse = new ApprovalRoute([Lead], Now.AddHours(4));
        var refused = Assert.Throws<DomainException>(() => GrantRules.DecideGrant(Limits, [], Ask(100m, requester: Lead), nobodyElse, Now));
        Assert.Equal("approver", refused.Field);
    }

    [Theory]
    [InlineData(0, "amount")]
    [InlineData(-5, "amount")]
    [InlineData(1.005, "amount")]
    public void Bad_amounts_are_refused_naming_the_field(decimal amount, string field) =>
        Assert.Equal(field, Assert.Throws<DomainException>(() => GrantRules.DecideGrant(Limits, [], Ask(amount), Route, Now)).Field);

    [Fact]
    public void A_currency_other_than_the_policys_is_refused() =>
        Assert.Equal("currency", Assert.Throws<DomainException>(() =>
            GrantRules.DecideGrant(Limits, [], Ask(5m) with { Currency = "USD" }, Route, Now)).Field);
}
