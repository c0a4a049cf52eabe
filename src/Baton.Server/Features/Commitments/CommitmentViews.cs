using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

/// <summary>Who a promise is owed to, with a display name (null when the entity is gone).</summary>
public sealed record PromiseeView(PromiseeKind Kind, Guid Id, string? Name);

public sealed record PersonRef(Guid Id, string Name);

public sealed record CustodyView(int Sequence, Guid? FromId, string? FromName, Guid ToId, string ToName, CustodyReason Reason,
    Guid ActorId, string ActorName, DateTime At, string? Note);

public sealed record AttemptView(int Sequence, AttemptChannel Channel, AttemptResult Result, DateTime At, Guid ActorId, string ActorName, string? Note);

public sealed record TimelineView(int Sequence, DateTime At, Guid? ActorId, string? ActorName, TimelineEntryKind Kind, string Text);

/// <summary>The commitment's attempt policy and how far the attempts so far go towards closing it as unreachable.</summary>
public sealed record AttemptPolicyView(int MinAttempts, TimeSpan MinSpacing, bool RequireDifferentPartsOfDay, bool RequireSecondChannelAfterLast,
    bool RequiresLeadSignOff, AttemptChannel? CountedChannel, bool IsSatisfied, int AttemptsCounted, IReadOnlyList<string> Unmet, DateTime? NextAttemptAt);

/// <summary>One line of a list, the Desk or the Board.</summary>
public sealed record CommitmentSummary(Guid Id, CommitmentKind Kind, CommitmentStatus Status, bool Overdue, Guid OwnerId, string OwnerName,
    PromiseeView Promisee, DateTime Due, string What, bool AwaitingAcceptance, Guid? DepartmentId, string? DepartmentName,
    Guid? RequesterId, Outcome? Outcome, DateTime? ClosedAt, int Version, bool OrphanRisk = false, string? OrphanRiskReason = null);

/// <summary>The whole commitment: custody, attempts, timeline, watchers and the attempt policy's evaluation.</summary>
public sealed record CommitmentView(Guid Id, CommitmentKind Kind, CommitmentStatus Status, bool Overdue, Guid OwnerId, string OwnerName,
    PromiseeView Promisee, DateTime Due, string What, DateTime CreatedAt, Guid CreatedById, string CreatedByName,
    Outcome? Outcome, string? OutcomeReason, string? AgreedBy, DateTime? ClosedAt, bool ClosedUnreachable, Guid? SignedOffById,
    Guid? DepartmentId, string? DepartmentName, Guid? HandedOffById, bool AwaitingAcceptance, Guid? RequesterId,
    Guid? RenegotiatedFromId, Guid? RenegotiatedToId, int Version,
    IReadOnlyList<PersonRef> Watchers, IReadOnlyList<CustodyView> Custody, IReadOnlyList<AttemptView> Attempts,
    IReadOnlyList<TimelineView> Timeline, AttemptPolicyView AttemptPolicy, bool OrphanRisk = false, string? OrphanRiskReason = null,
    DateTime? OrphanRiskSince = null, DateTime? OnHoldSince = null, string? OnHoldReason = null);

/// <summary>Display names for the ids a set of commitments mentions, loaded in a few queries.</summary>
public sealed class NameBook
{
    private readonly Dictionary<Guid, string> _people = [];
    private readonly Dictionary<Guid, string> _zones = [];
    private readonly Dictionary<Guid, string> _customers = [];
    private readonly Dictionary<Guid, string> _teams = [];
    private readonly Dictionary<Guid, string> _departments = [];

    public static async Task<NameBook> LoadAsync(BatonDb db, IReadOnlyCollection<Commitment> commitments, CancellationToken ct)
    {
        var book = new NameBook();
        var people = new HashSet<Guid>();
        foreach (var c in commitments)
        {
            people.Add(c.OwnerId);
            people.Add(c.CreatedById);
            people.UnionWith(c.Watchers);
            people.UnionWith(c.Custody.SelectMany(t => t.FromId is { } f ? new[] { f, t.ToId, t.ActorId } : [t.ToId, t.ActorId]));
            people.UnionWith(c.Attempts.Select(a => a.ActorId));
            people.UnionWith(c.Timeline.Where(t => t.ActorId is not null).Select(t => t.ActorId!.Value));
            if (c.Promisee.Kind == PromiseeKind.Person)
            {
                people.Add(c.Promisee.Id);
            }
        }
        var ids = people.ToList();
        foreach (var p in await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.DisplayName, p.TimeZone }).ToListAsync(ct))
        {
            book._people[p.Id] = p.DisplayName;
            book._zones[p.Id] = p.TimeZone;
        }
        var unknown = ids.Where(id => !book._people.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            // Integrations act under their token's id.
            foreach (var t in await db.ApiTokens.AsNoTracking().Where(t => unknown.Contains(t.Id)).Select(t => new { t.Id, t.Name }).ToListAsync(ct))
            {
                book._people[t.Id] = $"integration:{t.Name}";
            }
        }
        var customers = commitments.Where(c => c.Promisee.Kind == PromiseeKind.Customer).Select(c => c.Promisee.Id).Distinct().ToList();
        if (customers.Count > 0)
        {
            foreach (var c in await db.Customers.AsNoTracking().Where(c => customers.Contains(c.Id)).Select(c => new { c.Id, c.Name }).ToListAsync(ct))
            {
                book._customers[c.Id] = c.Name;
            }
        }
        foreach (var t in await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToListAsync(ct))
        {
            book._teams[t.Id] = t.Name;
        }
        foreach (var d in await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToListAsync(ct))
        {
            book._departments[d.Id] = d.Name;
        }
        return book;
    }

    public string Person(Guid id) => _people.TryGetValue(id, out var name) ? name : "unknown";

    public string? PersonOrNull(Guid? id) => id is { } value ? Person(value) : null;

    public string? Department(Guid? id) => id is { } value && _departments.TryGetValue(value, out var name) ? name : null;

    public string? Team(Guid? id) => id is { } value && _teams.TryGetValue(value, out var name) ? name : null;

    public TimeZoneInfo ZoneOf(Guid personId) =>
        _zones.TryGetValue(personId, out var zone) && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var info) ? info : TimeZoneInfo.Utc;

    public PromiseeView Promisee(Promisee p) => new(p.Kind, p.Id, p.Kind switch
    {
        PromiseeKind.Customer => _customers.GetValueOrDefault(p.Id),
        PromiseeKind.Person => _people.GetValueOrDefault(p.Id),
        PromiseeKind.Team => _teams.GetValueOrDefault(p.Id),
        PromiseeKind.Department => _departments.GetValueOrDefault(p.Id),
        _ => null,
    });
}

public static class CommitmentViews
{
    public static CommitmentSummary Summary(Commitment c, NameBook names, DateTime now) => new(
        c.Id, c.Kind, c.Status, c.IsOverdueAt(now), c.OwnerId, names.Person(c.OwnerId), names.Promisee(c.Promisee), c.Due, c.What,
        c.AwaitingAcceptance, c.DepartmentId, names.Department(c.DepartmentId), c.RequesterId, c.Outcome, c.ClosedAt, c.Version,
        c.IsOrphanRisk, c.OrphanRiskReason);

    public static CommitmentView Full(Commitment c, NameBook names, DateTime now)
    {
        var zone = names.ZoneOf(c.OwnerId);
        var policy = AttemptPolicy.For(c.Kind);
        var evaluation = policy.Evaluate(c.Attempts, zone);
        var next = c.IsClosed ? null : policy.NextAttemptAt(c.Attempts, now, zone);
        return new CommitmentView(
            c.Id, c.Kind, c.Status, c.IsOverdueAt(now), c.OwnerId, names.Person(c.OwnerId), names.Promisee(c.Promisee), c.Due, c.What,
            c.CreatedAt, c.CreatedById, names.Person(c.CreatedById), c.Outcome, c.OutcomeReason, c.AgreedBy, c.ClosedAt, c.ClosedUnreachable,
            c.SignedOffById, c.DepartmentId, names.Department(c.DepartmentId), c.HandedOffById, c.AwaitingAcceptance, c.RequesterId,
            c.RenegotiatedFromId, c.RenegotiatedToId, c.Version,
            [.. c.Watchers.Select(w => new PersonRef(w, names.Person(w)))],
            [.. c.Custody.OrderBy(t => t.Sequence).Select(t => new CustodyView(t.Sequence, t.FromId, names.PersonOrNull(t.FromId), t.ToId, names.Person(t.ToId),
                t.Reason, t.ActorId, names.Person(t.ActorId), t.At, t.Note))],
            [.. c.Attempts.OrderBy(a => a.Sequence).Select(a => new AttemptView(a.Sequence, a.Channel, a.Result, a.At, a.ActorId, names.Person(a.ActorId), a.Note))],
            [.. c.Timeline.OrderBy(t => t.Sequence).Select(t => new TimelineView(t.Sequence, t.At, t.ActorId, names.PersonOrNull(t.ActorId), t.Kind, t.Text))],
            new AttemptPolicyView(policy.MinAttempts, policy.MinSpacing, policy.RequireDifferentPartsOfDay, policy.RequireSecondChannelAfterLast,
                policy.RequiresLeadSignOff, policy.CountedChannel, evaluation.IsSatisfied, evaluation.AttemptsCounted, evaluation.Unmet, next),
            c.IsOrphanRisk, c.OrphanRiskReason, c.OrphanRiskSince, c.OnHoldSince, c.OnHoldReason);
    }

    public static async Task<CommitmentView> FullAsync(BatonDb db, Commitment c, DateTime now, CancellationToken ct) =>
        Full(c, await NameBook.LoadAsync(db, [c], ct), now);

    public static async Task<List<CommitmentSummary>> SummariesAsync(BatonDb db, IReadOnlyCollection<Commitment> commitments, DateTime now, CancellationToken ct)
    {
        var names = await NameBook.LoadAsync(db, commitments, ct);
        return [.. commitments.Select(c => Summary(c, names, now))];
    }

    /// <summary>Overdue (open and past due) first, then by due time.</summary>
    public static IOrderedQueryable<Commitment> OverdueFirst(IQueryable<Commitment> query, DateTime now) =>
        query.OrderBy(c => c.Status != CommitmentStatus.Closed && c.Due <= now ? 0 : 1).ThenBy(c => c.Due).ThenBy(c => c.Id);

    public static IEnumerable<Commitment> OverdueFirst(IEnumerable<Commitment> items, DateTime now) =>
        items.OrderBy(c => c.IsOverdueAt(now) ? 0 : 1).ThenBy(c => c.Due).ThenBy(c => c.Id);

    public static DateTime Now(TimeProvider time) => Instants.FromTimeProvider(time);
}
