using Baton.Core.Organization;
using Baton.Core.Routing;

namespace Baton.Core.Tests.Routing;

public sealed class RouterTests
{
    private static readonly string[] Refunds = ["refunds"];

    [Fact]
    public void The_longest_idle_person_gets_the_offer()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 5);
        var longest = s.Person(idleMinutes: 30);
        s.Person(idleMinutes: 10);
        var item = s.Item(waitedMinutes: 1);

        var offer = Assert.Single(s.Decide().Offers);
        Assert.Equal((item.Id, longest.PersonId), (offer.WorkItemId, offer.PersonId));
        Assert.Equal(RoutingScenario.Now.AddSeconds(RoutingRule.DefaultOfferTimeoutSeconds), offer.ExpiresAt);
    }

    [Fact]
    public void Idle_counts_from_the_last_work_when_that_is_later_than_the_presence_change()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 60, lastWorkAt: RoutingScenario.Now.AddMinutes(-1));
        var idle = s.Person(idleMinutes: 20);
        s.Item(waitedMinutes: 1);

        Assert.Equal(idle.PersonId, Assert.Single(s.Decide().Offers).PersonId);
    }

    [Fact]
    public void Only_people_with_every_required_skill_are_offered_the_work()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 50, skills: ["billing"]);
        s.Person(idleMinutes: 40, skills: ["refunds"]);
        var both = s.Person(idleMinutes: 30, skills: ["Billing ", "REFUNDS"]);
        s.Rule(new RoutingRuleDraft("Finance", RoutingScenario.Finance, RequiredSkills: ["billing"]));
        s.Item(waitedMinutes: 1, skills: Refunds);

        Assert.Equal(both.PersonId, Assert.Single(s.Decide().Offers).PersonId);
    }

    [Fact]
    public void Work_that_nobody_has_the_skill_for_stays_queued()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 50, skills: ["billing"]);
        s.Item(waitedMinutes: 1, skills: ["spanish"]);

        Assert.Empty(s.Decide().Offers);
    }

    [Fact]
    public void Work_for_a_department_goes_only_to_its_members()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 50, department: RoutingScenario.Returns);
        var member = s.Person(idleMinutes: 5, department: RoutingScenario.Finance);
        s.Item(waitedMinutes: 1, department: RoutingScenario.Finance);

        Assert.Equal(member.PersonId, Assert.Single(s.Decide().Offers).PersonId);
    }

    [Fact]
    public void A_queue_rule_names_the_department_that_serves_work_without_one()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 50, department: RoutingScenario.Finance);
        var returns = s.Person(idleMinutes: 5, department: RoutingScenario.Returns);
        s.Rule(new RoutingRuleDraft("returns-line", RoutingScenario.Returns));
        s.Items.Add(new QueuedItem(s.NextId(), WorkItemKind.InboundCall, "returns-line", null, [], null, RoutingScenario.Now, false, []));

        Assert.Equal(returns.PersonId, Assert.Single(s.Decide().Offers).PersonId);
    }

    [Theory]
    [InlineData(Presence.Offline)]
    [InlineData(Presence.Break)]
    [InlineData(Presence.OnCall)]
    [InlineData(Presence.WrapUp)]
    public void Nobody_who_is_not_available_is_offered_anything(Presence presence)
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 600, presence: presence);
        var available = s.Person(idleMinutes: 1);
        s.Item(waitedMinutes: 1);
        s.Item(waitedMinutes: 2);

        Assert.Equal([available.PersonId], s.Decide().Offers.Select(o => o.PersonId));
    }

    [Fact]
    public void Nobody_off_shift_is_offered_anything_even_when_available()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 600, onShift: false);
        s.Item(waitedMinutes: 1);

        Assert.Empty(s.Decide().Offers);
    }

    [Fact]
    public void A_person_at_capacity_for_the_kind_is_skipped_but_still_takes_other_kinds()
    {
        var s = new RoutingScenario();
        var onACall = s.Person(idleMinutes: 60, load: new WorkLoad(Calls: 1));
        var free = s.Person(idleMinutes: 10);
        var call = s.Item(waitedMinutes: 5, kind: WorkItemKind.InboundCall, queue: "sales");
        var handoff = s.Item(waitedMinutes: 1, kind: WorkItemKind.Handoff);

        var offered = s.OfferedTo();
        Assert.Equal(free.PersonId, offered[call.Id]);
        Assert.Equal(onACall.PersonId, offered[handoff.Id]);
    }

    [Fact]
    public void Capacity_comes_from_the_person_then_the_rule_then_the_default()
    {
        var s = new RoutingScenario();
        s.Rule(new RoutingRuleDraft("Finance", RoutingScenario.Finance, DefaultCapacity: 2));
        var ruleLimited = s.Person(idleMinutes: 60, load: new WorkLoad(Handoffs: 2));
        var ownLimit = s.Person(idleMinutes: 50, load: new WorkLoad(Handoffs: 2), capacity: new PersonCapacity(Handoffs: 3));
        var rule = s.State.Rules.For("Finance", RoutingScenario.Finance, false);

        Assert.False(Router.HasRoom(ruleLimited, WorkItemKind.Handoff, rule));
        Assert.True(Router.HasRoom(ownLimit, WorkItemKind.Handoff, rule));
        Assert.False(Router.HasRoom(ruleLimited with { Load = new WorkLoad(Calls: 1) }, WorkItemKind.InboundCall, RoutingRule.Default));
        Assert.True(Router.HasRoom(ruleLimited with { Load = new WorkLoad(Callbacks: 4) }, WorkItemKind.Callback, RoutingRule.Default));
        Assert.False(Router.HasRoom(ruleLimited with { Load = new WorkLoad(Callbacks: 5) }, WorkItemKind.Callback, RoutingRule.Default));

        s.Item(waitedMinutes: 1);
        Assert.Equal(ownLimit.PersonId, Assert.Single(s.Decide().Offers).PersonId);
    }

    [Fact]
    public void A_total_capacity_caps_all_kinds_together()
    {
        var s = new RoutingScenario();
        s.Person(idleMinutes: 60, capacity: new PersonCapacity(Total: 3), load: new WorkLoad(Callbacks: 2, Cases: 1));
        s.Item(waitedMinutes: 1, kind: WorkItemKind.Handoff);

        Assert.Empty(s.Decide().Offers);
    }

    [Fact]
    public void The_backlog_is_served_oldest_first()
    {
        var s = new RoutingScenario();
        var first = s.Person(idleMinutes: 60);
        var second = s.Person(idleMinutes: 30);
        var newest = s.Item(waitedMinutes: 1);
        var oldest = s.Item(waitedMinutes: 20);
        var middle = s.Item(waitedMinutes: 10);

        var offered = s.OfferedTo();
        Assert.Equal(first.PersonId, offered[oldest.Id]);
        Assert.Equal(second.PersonId, offered[middle.Id]);
        Assert.False(offered.ContainsKey(newest.Id));
    }

    [Fact]
    public void Higher_priority_goes_before_older_work_and_the_item_may_override_its_rule()
    {
        var s = new RoutingScenario();
        s.Rule(new RoutingRuleDraft("vip", null, Priority: 50));
        var person = s.Person(idleMinutes: 60);
        s.Item(waitedMinutes: 30, queue: "Finance");
        var vip = s.Item(waitedMinutes: 1, queue: "vip");
        var urgent = s.Item(waitedMinutes: 0, queue: "Finance", priority: 90);

        Assert.Equal(urgent.Id, Assert.Single(s.Decide().Offers).WorkItemId);
        s.Items.Remove(urgent);
        var offer = Assert.Single(s.Decide().Offers);
        Assert.Equal((vip.Id, person.PersonId), (offer.WorkItemId, offer.PersonId));
    }

    [Fact]
    public void Each_person_holds_one_open_offer_and_an_offered_item_waits_for_its_answer()
    {
        var s = new RoutingScenario();
        var busy = s.Person(idleMinutes: 60);
        var free = s.Person(idleMinutes: 10);
        var offered = s.Item(waitedMinutes: 30);
        var waiting = s.Item(waitedMinutes: 5);
        s.Offer(offered, busy, RoutingScenario.Now.AddSeconds(10));

        var decision = s.Decide();
        Assert.Empty(decision.Expired);
        var offer = Assert.Single(decision.Offers);
        Assert.Equal((waiting.Id, free.PersonId), (offer.WorkItemId, offer.PersonId));
    }

    [Fact]
    public void An_offer_not_taken_in_time_expires_and_goes_to_the_next_person_never_back_to_the_one_who_let_it_lapse()
    {
        var s = new RoutingScenario();
        var first = s.Person(idleMinutes: 60);
        var next = s.Person(idleMinutes: 10);
        var item = s.Item(waitedMinutes: 1);
        s.Rule(new RoutingRuleDraft("Finance", RoutingScenario.Finance, OfferTimeoutSeconds: 20));
        var offer = s.Offer(item, first, RoutingScenario.Now.AddSeconds(20));

        Assert.Empty(s.Decide(RoutingScenario.Now.AddSeconds(19)).Offers);

        var at = RoutingScenario.Now.AddSeconds(20);
        var decision = s.Decide(at);
        Assert.Equal(offer, Assert.Single(decision.Expired));
        var again = Assert.Single(decision.Offers);
        Assert.Equal((item.Id, next.PersonId, at.AddSeconds(20)), (again.WorkItemId, again.PersonId, again.ExpiresAt));
    }

    [Fact]
    public void People_excluded_from_an_item_are_never_offered_it()
    {
        var s = new RoutingScenario();
        var declined = s.Person(idleMinutes: 60);
        var sender = s.Person(idleMinutes: 50);
        s.Item(waitedMinutes: 1, excluded: [declined.PersonId, sender.PersonId]);

        Assert.Empty(s.Decide().Offers);
        var other = s.Person(idleMinutes: 1);
        Assert.Equal(other.PersonId, Assert.Single(s.Decide().Offers).PersonId);
    }

    [Fact]
    public void Work_overflows_to_the_other_department_after_its_time_and_is_offered_there()
    {
        var s = new RoutingScenario();
        s.Rule(new RoutingRuleDraft("Finance", RoutingScenario.Finance, OverflowDepartmentId: RoutingScenario.Returns, OverflowAfterSeconds: 120));
        var returns = s.Person(idleMinutes: 5, department: RoutingScenario.Returns);
        var item = s.Item(waitedMinutes: 1);

        var early = s.Decide();
        Assert.Empty(early.Offers);
        Assert.Empty(early.Overflows);
        Assert.Equal(new OverflowCheck(item.Id, item.EnqueuedAt.AddSeconds(120)), Assert.Single(early.OverflowChecks));

        var late = s.Decide(item.EnqueuedAt.AddSeconds(120));
        Assert.Equal(new ItemOverflow(item.Id, RoutingScenario.Finance, RoutingScenario.Returns), Assert.Single(late.Overflows));
        Assert.Equal(returns.PersonId, Assert.Single(late.Offers).PersonId);
        Assert.Empty(late.OverflowChecks);
    }

    [Fact]
    public void Overflowed_work_does_not_overflow_again_and_an_offered_item_overflows_only_after_its_answer()
    {
        var s = new RoutingScenario();
        s.Rule(new RoutingRuleDraft("Finance", RoutingScenario.Finance, OverflowDepartmentId: RoutingScenario.Returns, OverflowAfterSeconds: 60));
        s.Rule(new RoutingRuleDraft("Returns", RoutingScenario.Returns, OverflowDepartmentId: RoutingScenario.Finance, OverflowAfterSeconds: 60));
        var person = s.Person(idleMinutes: 5, department: RoutingScenario.Finance);
        s.Item(waitedMinutes: 30, department: RoutingScenario.Returns, queue: "Returns", overflowed: true);
        var offered = s.Item(waitedMinutes: 30);
        s.Offer(offered, person, RoutingScenario.Now.AddSeconds(5));

        var decision = s.Decide();
        Assert.Empty(decision.Overflows);
        Assert.Empty(decision.OverflowChecks);
    }

    [Fact]
    public void Ten_thousand_people_are_routed_without_scanning_everyone_for_each_item()
    {
        var s = new RoutingScenario();
        var skills = new[] { "billing", "refunds", "spanish", "french", "tech" };
        for (var i = 0; i < 10_000; i++)
        {
            s.People.Add(new RoutingCandidate(Guid.NewGuid(), Presence.Available, RoutingScenario.Now.AddSeconds(-i), true,
                i % 2 == 0 ? RoutingScenario.Finance : RoutingScenario.Returns, [skills[i % 5], skills[(i + 1) % 5]], null, default, default));
        }
        for (var i = 0; i < 500; i++)
        {
            s.Item(waitedMinutes: i % 60, skills: [skills[i % 5]], department: i % 3 == 0 ? null : RoutingScenario.Finance);
        }

        var decision = s.Decide();
        Assert.Equal(500, decision.Offers.Count);
        Assert.Equal(500, decision.Offers.Select(o => o.PersonId).Distinct().Count());
    }
}
