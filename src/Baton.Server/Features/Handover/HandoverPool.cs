using Baton.Core.Commitments;
using Baton.Core.Organization;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Handover;

/// <summary>One colleague who could take over: active, in the leaving person's team (or its lead), with their coming shifts.</summary>
public sealed record PoolMember(Guid Id, string Name, IReadOnlyCollection<string> Skills, bool IsTeamLead, IReadOnlyList<Shift> Shifts)
{
    /// <summary>On duty at the item's due time (or now, for an item already due): a shift covers that instant.</summary>
    public bool OnShiftAt(DateTime due, DateTime now)
    {
        var at = due > now ? due : now;
        return Shifts.Any(s => s.Start <= at && at <= s.End);
    }
}

/// <summary>
/// The people a person's items may pass to under the team's handover rule: the active members of their team and the
/// team lead, never the person themself, with their open-item counts. Plans one item at a time with
/// <see cref="HandoverPlanner"/>, keeping the load it has already given each colleague.
/// </summary>
public sealed class HandoverPool
{
    private readonly Dictionary<Guid, int> _load;

    private HandoverPool(Guid? teamLeadId, IReadOnlyList<PoolMember> members, Dictionary<Guid, int> load)
    {
        TeamLeadId = teamLeadId;
        Members = members;
        _load = load;
    }

    /// <summary>The team lead (active or not); told about orphan risks.</summary>
    public Guid? TeamLeadId { get; }

    public IReadOnlyList<PoolMember> Members { get; }

    public string NameOf(Guid id) => Members.FirstOrDefault(m => m.Id == id)?.Name ?? "unknown";

    public int OpenItemsOf(Guid id) => _load.GetValueOrDefault(id);

    public static async Task<HandoverPool> LoadAsync(BatonDb db, Guid personId, DateTime now, CancellationToken ct)
    {
        var teamId = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => p.TeamId).FirstOrDefaultAsync(ct);
        if (teamId is null)
        {
            return new HandoverPool(null, [], []);
        }
        var leadId = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => t.LeadId).FirstOrDefaultAsync(ct);
        var people = await db.People.AsNoTracking()
            .Where(p => p.Active && p.Id != personId && (p.TeamId == teamId || p.Id == leadId))
            .Select(p => new { p.Id, p.DisplayName, p.Skills })
            .ToListAsync(ct);
        var ids = people.Select(p => p.Id).ToList();
        // Shifts that have not ended yet: the only ones that can cover a due time from now on.
        var shifts = (await db.Shifts.AsNoTracking().Where(s => ids.Contains(s.PersonId) && s.End >= now).ToListAsync(ct))
            .ToLookup(s => s.PersonId);
        var load = (await db.Commitments.AsNoTracking()
                .Where(c => ids.Contains(c.OwnerId) && c.Status != CommitmentStatus.Closed)
                .GroupBy(c => c.OwnerId).Select(g => new { OwnerId = g.Key, Count = g.Count() })
                .ToListAsync(ct))
            .ToDictionary(x => x.OwnerId, x => x.Count);
        var members = people
            .Select(p => new PoolMember(p.Id, p.DisplayName, p.Skills, p.Id == leadId, [.. shifts[p.Id].OrderBy(s => s.Start)]))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        return new HandoverPool(leadId, members, load);
    }

    /// <summary>
    /// The rule for one item: among the members who may own it (never the promisee, never the sender of a pending hand-off)
    /// and pass <paramref name="eligible"/>, the one with the fewest open items, else the team lead; else an orphan risk.
    /// A PassTo counts towards the receiver's load for the next items.
    /// </summary>
    public HandoverDecision Plan(Commitment item, string leavingName, DateTime shiftEnd, Func<PoolMember, DateTime, bool> eligible)
    {
        var candidates = Members
            .Where(m => CanOwn(item, m.Id))
            .Select(m => new HandoverCandidate(m.Id, m.Skills, _load.GetValueOrDefault(m.Id), m.IsTeamLead, due => eligible(m, due)));
        var decision = HandoverPlanner.Plan(leavingName, shiftEnd, [new HandoverItem(item.Id, item.Due, RequiredSkill: null)], candidates).Single();
        if (decision is PassTo pass)
        {
            _load[pass.ReceiverId] = _load.GetValueOrDefault(pass.ReceiverId) + 1;
        }
        return decision;
    }

    private static bool CanOwn(Commitment item, Guid personId) =>
        personId != item.OwnerId && personId != item.HandedOffById
        && !(item.Promisee.Kind == PromiseeKind.Person && item.Promisee.Id == personId);
}
