using Baton.Core.Routing;

namespace Baton.Core.Tests.Routing;

public sealed class RoutingRuleTests
{
    private static readonly Guid Finance = RoutingScenario.Finance;

    [Theory]
    [InlineData("queue", " ", null, null, null, null, null)]
    [InlineData("priority", "q", 101, null, null, null, null)]
    [InlineData("offerTimeoutSeconds", "q", null, 2, null, null, null)]
    [InlineData("overflowDepartmentId", "q", null, null, null, 60, null)]
    [InlineData("overflowAfterSeconds", "q", null, null, "00000000-0000-0000-0000-00000000f002", null, null)]
    [InlineData("overflowAfterSeconds", "q", null, null, "00000000-0000-0000-0000-00000000f002", 0, null)]
    [InlineData("overflowDepartmentId", "q", null, null, "00000000-0000-0000-0000-00000000f001", 60, null)]
    [InlineData("defaultCapacity", "q", null, null, null, null, 0)]
    public void Invalid_rules_are_refused_naming_the_field(string field, string queue, int? priority, int? timeout, string? overflowTo,
        int? overflowAfter, int? capacity)
    {
        var draft = new RoutingRuleDraft(queue, Finance, null, priority, timeout, overflowTo is null ? null : Guid.Parse(overflowTo), overflowAfter, capacity);
        var refused = Assert.Throws<DomainException>(() => RoutingRule.Create(Guid.NewGuid(), draft));
        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void A_refused_change_leaves_the_rule_as_it_was()
    {
        var rule = RoutingRule.Create(Guid.NewGuid(), new RoutingRuleDraft(" Finance ", Finance, ["Billing", "billing "], 10, 45));
        Assert.Equal(("Finance", 10, 45, 1), (rule.Queue, rule.Priority, rule.OfferTimeoutSeconds, rule.Version));
        Assert.Equal(["billing"], rule.RequiredSkills);

        Assert.Throws<DomainException>(() => rule.Change(new RoutingRuleDraft("Finance", Finance, ["tech"], Priority: -1)));
        Assert.Equal(["billing"], rule.RequiredSkills);
        Assert.Equal(1, rule.Version);
    }

    [Fact]
    public void Work_finds_its_rule_by_queue_then_by_department_then_the_default()
    {
        var named = RoutingRule.Create(Guid.NewGuid(), new RoutingRuleDraft("vip", null, Priority: 80));
        var finance = RoutingRule.Create(Guid.NewGuid(), new RoutingRuleDraft("Finance desk", Finance, Priority: 20));
        var book = new RuleBook([named, finance]);

        Assert.Same(named, book.For("VIP", Finance, overflowed: false));
        Assert.Same(finance, book.For("other", Finance, overflowed: false));
        Assert.Same(finance, book.For("vip", Finance, overflowed: true));
        Assert.Same(RoutingRule.Default, book.For("other", null, overflowed: false));
    }
}
