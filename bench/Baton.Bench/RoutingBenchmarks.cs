using Baton.Core.Organization;
using Baton.Core.Routing;
using BenchmarkDotNet.Attributes;

namespace Baton.Bench;

/// <summary>
/// One routing decision with 10,000 people online: five departments, ten skills (two per person), a third of the people
/// on a call, a break or in wrap-up, some at capacity, 500 offers open, and a backlog of queued work asking for a skill.
/// </summary>
[MemoryDiagnoser]
public class RoutingBenchmarks
{
    private static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private RoutingState _state = null!;

    [Params(100, 1_000)]
    public int QueuedItems { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var departments = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToArray();
        var skills = Enumerable.Range(0, 10).Select(i => $"skill-{i}").ToArray();
        var presences = new[] { Presence.Available, Presence.Available, Presence.OnCall, Presence.Available, Presence.WrapUp, Presence.Break };
        var people = Enumerable.Range(0, 10_000).Select(i => new RoutingCandidate(
            Guid.NewGuid(), presences[i % presences.Length], Now.AddSeconds(-random.Next(1, 7_200)), i % 50 != 0,
            departments[i % departments.Length], [skills[random.Next(10)], skills[random.Next(10)]],
            i % 3 == 0 ? Now.AddSeconds(-random.Next(1, 600)) : null, default,
            new WorkLoad(Handoffs: random.Next(0, 6), Callbacks: random.Next(0, 3)))).ToList();
        var kinds = Enum.GetValues<WorkItemKind>();
        var items = Enumerable.Range(0, QueuedItems).Select(i => new QueuedItem(
            Guid.NewGuid(), kinds[i % kinds.Length], $"queue-{i % 8}", i % 4 == 0 ? null : departments[i % departments.Length],
            [skills[random.Next(10)]], null, Now.AddSeconds(-random.Next(1, 3_600)), false, [people[random.Next(people.Count)].PersonId])).ToList();
        var offers = Enumerable.Range(0, Math.Min(500, QueuedItems / 2)).Select(i => new OpenOffer(
            Guid.NewGuid(), items[i * 2].Id, people[i * 7].PersonId, Now.AddSeconds(i % 2 == 0 ? -5 : 20))).ToList();
        var rules = Enumerable.Range(0, 8).Select(i => RoutingRule.Create(Guid.NewGuid(), new RoutingRuleDraft(
            $"queue-{i}", departments[i % departments.Length], i % 2 == 0 ? [skills[i]] : [], i * 10, 30,
            departments[(i + 1) % departments.Length], 600))).ToList();
        _state = new RoutingState(items, people, offers, new RuleBook(rules));
    }

    [Benchmark]
    public int Decide() => Router.Decide(_state, Now).Offers.Count;
}
