namespace Baton.Core.Routing;

/// <summary>
/// Decides who is offered what, from the state and the instant only. In one pass it:
/// <list type="number">
/// <item>expires offers whose time ran out; the person who let one lapse is not offered that item again;</item>
/// <item>overflows items that waited past their rule's limit to the overflow department (once);</item>
/// <item>offers the waiting items, highest priority first and oldest first within a priority, each to the longest-idle
/// person who is Available and on shift, belongs to the department, has every required skill, is below their capacity
/// for the kind and in all, holds no other open offer, and was not excluded from the item.</item>
/// </list>
/// An item with an open offer waits for that offer's answer.
/// </summary>
public static class Router
{
    public static RoutingDecision Decide(RoutingState state, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(state);
        now = Instants.Normalize(now);
        var expired = new List<OpenOffer>();
        var offeredItems = new HashSet<Guid>();
        var busyPeople = new HashSet<Guid>();
        var lapsed = new Dictionary<Guid, HashSet<Guid>>();
        foreach (var offer in state.Offers)
        {
            if (offer.ExpiresAt <= now)
            {
                expired.Add(offer);
                Add(lapsed, offer.WorkItemId, offer.PersonId);
            }
            else
            {
                offeredItems.Add(offer.WorkItemId);
                busyPeople.Add(offer.PersonId);
            }
        }

        var overflows = new List<ItemOverflow>();
        var checks = new List<OverflowCheck>();
        var waiting = new List<QueuedItem>();
        foreach (var item in state.Items)
        {
            if (offeredItems.Contains(item.Id))
            {
                continue;
            }
            waiting.Add(Overflow(item, state.Rules, now, overflows, checks));
        }

        var pool = new CandidatePool(state.People.Where(p => p.CanBeOffered && !busyPeople.Contains(p.PersonId)));
        var offers = new List<OfferToMake>();
        var ordered = waiting
            .Select(item => (Item: item, Rule: state.Rules.For(item.Queue, item.DepartmentId, item.Overflowed)))
            .OrderByDescending(x => x.Item.Priority ?? x.Rule.Priority)
            .ThenBy(x => x.Item.EnqueuedAt)
            .ThenBy(x => x.Item.Id);
        foreach (var (item, rule) in ordered)
        {
            if (pool.Count == offers.Count)
            {
                break;
            }
            var skills = RoutingSkills.Normalize(rule.RequiredSkills.Concat(item.RequiredSkills));
            var excluded = lapsed.GetValueOrDefault(item.Id);
            var person = pool.Take(item.DepartmentId ?? rule.DepartmentId, skills, p =>
                !item.Excluded.Contains(p.PersonId)
                && excluded?.Contains(p.PersonId) != true
                && HasRoom(p, item.Kind, rule));
            if (person is not null)
            {
                offers.Add(new OfferToMake(item.Id, person.PersonId, now + rule.OfferTimeout));
            }
        }
        return new RoutingDecision(offers, expired, overflows, checks);
    }

    /// <summary>Below the person's limit for the kind and, if they have one, in all.</summary>
    public static bool HasRoom(RoutingCandidate person, WorkItemKind kind, RoutingRule rule) =>
        person.Load.For(kind) < person.Capacity.Effective(kind, rule)
        && (person.Capacity.Total is not { } total || person.Load.Total < total);

    private static QueuedItem Overflow(QueuedItem item, RuleBook rules, DateTime now, List<ItemOverflow> overflows, List<OverflowCheck> checks)
    {
        if (item.Overflowed)
        {
            return item;
        }
        var rule = rules.For(item.Queue, item.DepartmentId, overflowed: false);
        if (rule.OverflowDepartmentId is not { } to || rule.OverflowAfter is not { } after)
        {
            return item;
        }
        var at = item.EnqueuedAt + after;
        if (now < at)
        {
            checks.Add(new OverflowCheck(item.Id, at));
            return item;
        }
        overflows.Add(new ItemOverflow(item.Id, item.DepartmentId ?? rule.DepartmentId, to));
        return item with { DepartmentId = to, Overflowed = true };
    }

    private static void Add(Dictionary<Guid, HashSet<Guid>> sets, Guid key, Guid value)
    {
        if (!sets.TryGetValue(key, out var set))
        {
            set = [];
            sets[key] = set;
        }
        set.Add(value);
    }
}
