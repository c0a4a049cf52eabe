using Baton.Core.Organization;
using Baton.Core.Routing;
using CsCheck;

namespace Baton.Core.Tests.Routing;

/// <summary>Random worlds of people, work, offers and rules: every decision keeps the routing promises.</summary>
public sealed class RouterPropertyTests
{
    private static readonly DateTime Now = RoutingScenario.Now;
    private static readonly Guid[] Departments = [RoutingScenario.Finance, RoutingScenario.Returns];
    private static readonly string[] Skills = ["billing", "refunds", "tech"];

    private static readonly Gen<string[]> SkillSet = Gen.Int[0, 7].Select(mask => Skills.Where((_, i) => (mask & (1 << i)) != 0).ToArray());

    private static readonly Gen<RoutingCandidate> Person =
        Gen.Select(Gen.Enum<Presence>(), Gen.Int[0, 120], Gen.Bool, Gen.Int[0, 1], SkillSet, Gen.Int[0, 3], Gen.Int[0, 2])
            .Select(Gen.Int[0, 2], Gen.Int[0, 1000], (p, calls, id) => new RoutingCandidate(
                Guid.NewGuid(), p.Item1, Now.AddMinutes(-p.Item2), p.Item3 || p.Item1 == Presence.Available, Departments[p.Item4], p.Item5,
                p.Item6 == 0 ? null : Now.AddMinutes(-p.Item6 * 7), new PersonCapacity(Total: p.Item7 == 0 ? null : p.Item7 + 1),
                new WorkLoad(Calls: calls, Handoffs: id % 3)));

    private static readonly Gen<QueuedItem> Item =
        Gen.Select(Gen.Enum<WorkItemKind>(), Gen.Int[-1, 1], Gen.Int[0, 90], SkillSet, Gen.Int[0, 2], Gen.Bool)
            .Select(i => new QueuedItem(Guid.NewGuid(), i.Item1, i.Item5 == 0 ? "vip" : "any", i.Item2 < 0 ? null : Departments[i.Item2],
                i.Item4.Take(1).ToArray(), i.Item5 == 2 ? 99 : null, Now.AddMinutes(-i.Item3), i.Item6 && i.Item2 >= 0, []));

    private static readonly Gen<RoutingState> World =
        Gen.Select(Person.Array[0, 30], Item.Array[0, 15], Gen.Int[0, 1000].Array[0, 10], Gen.Int[0, 1000].Array[0, 6], Gen.Bool)
            .Select(w =>
            {
                var (people, items) = (w.Item1, w.Item2);
                var offers = people.Length == 0 || items.Length == 0
                    ? []
                    : w.Item3.Select((n, i) => new OpenOffer(Guid.NewGuid(), items[n % items.Length].Id, people[(n + i) % people.Length].PersonId,
                        Now.AddSeconds(n % 40 - 20))).DistinctBy(o => o.WorkItemId).DistinctBy(o => o.PersonId).ToList();
                // Some people already declined some items.
                var excluded = people.Length == 0
                    ? items
                    : items.Select((item, i) => i < w.Item4.Length ? item with { Excluded = [people[w.Item4[i] % people.Length].PersonId] } : item).ToArray();
                var rules = w.Item5
                    ? new[]
                    {
                        RoutingRule.Create(Guid.NewGuid(), new RoutingRuleDraft("vip", null, ["tech"], 80, 20, Departments[1], 1800, 2)),
                        RoutingRule.Create(Guid.NewGuid(), new RoutingRuleDraft("Finance", Departments[0], ["billing"], 10, 45)),
                    }
                    : [];
                return new RoutingState(excluded, people, offers, new RuleBook(rules));
            });

    [Fact]
    public void Every_offer_goes_to_an_eligible_person_longest_idle_first_oldest_work_first() =>
        World.Sample(state =>
        {
            var decision = Router.Decide(state, Now);
            var live = state.Offers.Where(o => o.ExpiresAt > Now).ToList();
            Assert.Equal(state.Offers.Where(o => o.ExpiresAt <= Now).Select(o => o.Id).Order(), decision.Expired.Select(o => o.Id).Order());

            var items = state.Items.ToDictionary(i => i.Id);
            var overflowed = decision.Overflows.ToDictionary(o => o.WorkItemId);
            QueuedItem Current(QueuedItem i) => overflowed.TryGetValue(i.Id, out var o) ? i with { DepartmentId = o.ToDepartmentId, Overflowed = true } : i;
            bool Eligible(RoutingCandidate p, QueuedItem i)
            {
                i = Current(i);
                var rule = state.Rules.For(i.Queue, i.DepartmentId, i.Overflowed);
                var department = i.DepartmentId ?? rule.DepartmentId;
                return p.CanBeOffered
                       && live.All(o => o.PersonId != p.PersonId)
                       && (department is null || p.DepartmentId == department)
                       && rule.RequiredSkills.Concat(i.RequiredSkills).All(p.Skills.Contains)
                       && !i.Excluded.Contains(p.PersonId)
                       && !decision.Expired.Any(e => e.WorkItemId == i.Id && e.PersonId == p.PersonId)
                       && Router.HasRoom(p, i.Kind, rule);
            }

            var takenBy = decision.Offers.ToDictionary(o => o.PersonId, o => o.WorkItemId);
            Assert.Equal(decision.Offers.Count, decision.Offers.Select(o => o.WorkItemId).Distinct().Count());
            var waiting = state.Items.Where(i => live.All(o => o.WorkItemId != i.Id)).ToList();
            foreach (var offer in decision.Offers)
            {
                var item = items[offer.WorkItemId];
                Assert.Contains(item, waiting);
                var person = state.People.Single(p => p.PersonId == offer.PersonId);
                Assert.True(Eligible(person, item), "offered to someone who may not take it");
                // Nobody eligible who idled longer was left without an offer.
                Assert.DoesNotContain(state.People, p => p.IdleSince < person.IdleSince && Eligible(p, item) && !takenBy.ContainsKey(p.PersonId));
            }
            foreach (var item in waiting.Where(i => decision.Offers.All(o => o.WorkItemId != i.Id)))
            {
                // Work left waiting had nobody eligible: everyone who could have taken it took older or more urgent work.
                Assert.DoesNotContain(state.People, p => Eligible(p, item) && !takenBy.ContainsKey(p.PersonId));
            }
        }, iter: 2000);

    [Fact]
    public void The_generated_worlds_make_offers_expire_offers_and_overflow_work()
    {
        var (offers, expired, overflows) = (0, 0, 0);
        World.Sample(state =>
        {
            var decision = Router.Decide(state, Now.AddMinutes(40));
            Interlocked.Add(ref offers, decision.Offers.Count);
            Interlocked.Add(ref expired, decision.Expired.Count);
            Interlocked.Add(ref overflows, decision.Overflows.Count);
        }, iter: 500);
        Assert.True(offers > 0 && expired > 0 && overflows > 0, $"offers {offers}, expired {expired}, overflows {overflows}");
    }
}
