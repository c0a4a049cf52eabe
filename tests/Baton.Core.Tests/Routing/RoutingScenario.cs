using Baton.Core.Organization;
using Baton.Core.Routing;

namespace Baton.Core.Tests.Routing;

/// <summary>A small routing world built step by step: people, queued items, open offers and rules.</summary>
internal sealed class RoutingScenario
{
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Finance = new("00000000-0000-0000-0000-00000000f001");
    public static readonly Guid Returns = new("00000000-0000-0000-0000-00000000f002");

    private int _next;

    public List<RoutingCandidate> People { get; } = [];
    public List<QueuedItem> Items { get; } = [];
    public List<OpenOffer> Offers { get; } = [];
    public List<RoutingRule> Rules { get; } = [];

    public Guid NextId() => new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte)(++_next));

    public RoutingCandidate Person(int idleMinutes, Guid? department = null, string[]? skills = null, Presence presence = Presence.Available,
        bool onShift = true, PersonCapacity capacity = default, WorkLoad load = default, DateTime? lastWorkAt = null)
    {
        var person = new RoutingCandidate(NextId(), presence, Now.AddMinutes(-idleMinutes), onShift, department ?? Finance, skills ?? [],
            lastWorkAt, capacity, load);
        People.Add(person);
        return person;
    }

    public QueuedItem Item(int waitedMinutes, WorkItemKind kind = WorkItemKind.Handoff, Guid? department = null, string queue = "Finance",
        string[]? skills = null, int? priority = null, Guid[]? excluded = null, bool overflowed = false)
    {
        var item = new QueuedItem(NextId(), kind, queue, department ?? Finance, skills ?? [], priority, Now.AddMinutes(-waitedMinutes), overflowed,
            excluded ?? []);
        Items.Add(item);
        return item;
    }

    public OpenOffer Offer(QueuedItem item, RoutingCandidate person, DateTime expiresAt)
    {
        var offer = new OpenOffer(NextId(), item.Id, person.PersonId, expiresAt);
        Offers.Add(offer);
        return offer;
    }

    public RoutingRule Rule(RoutingRuleDraft draft)
    {
        var rule = RoutingRule.Create(NextId(), draft);
        Rules.Add(rule);
        return rule;
    }

    public RoutingState State => new(Items, People, Offers, new RuleBook(Rules));

    public RoutingDecision Decide(DateTime? at = null) => Router.Decide(State, at ?? Now);

    /// <summary>Who each item was offered to, by item.</summary>
    public Dictionary<Guid, Guid> OfferedTo(DateTime? at = null) => Decide(at).Offers.ToDictionary(o => o.WorkItemId, o => o.PersonId);
}
