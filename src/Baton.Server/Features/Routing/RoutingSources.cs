using Baton.Core.Commitments;
using Baton.Core.Organization;
using Baton.Core.Routing;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// Keeps the queues in line with the work they stand for, at the start of every routing pass:
/// <list type="bullet">
/// <item>a hand-off waiting for a department, held by the department's lead or head (nobody was named), is queued for the
/// department, for anyone but its sender and that lead;</item>
/// <item>a callback that is due while its owner is unavailable (inactive, not Available, off shift), or that was pooled to a
/// lead at a shift end, is queued for the owner's department;</item>
/// <item>a case whose owner is no longer active is queued for that owner's department;</item>
/// <item>queued work whose reason went away (accepted directly, closed, the owner is back) is withdrawn, and assigned
/// work that was closed or passed on is finished.</item>
/// </list>
/// Inbound calls come and go through <see cref="RoutingQueue"/> only.
/// </summary>
public static class RoutingSources
{
    private const int BatchLimit = 500;
    private const string CallbacksQueue = "Callbacks";
    private const string CasesQueue = "Cases";
    private static readonly Role[] PoolRoles = [Role.TeamLead, Role.Supervisor, Role.DepartmentHead];

    private sealed record PersonRow(Guid Id, bool Active, Presence Presence, List<Role> Roles, Guid? TeamId);

    private sealed record CommitmentRow(Guid Id, CommitmentKind Kind, CommitmentStatus Status, Guid OwnerId, bool AwaitingAcceptance,
        Guid? HandedOffById, Guid? DepartmentId, CustodyReason? LastReason, DateTime? LastAt, PromiseeKind PromiseeKind, Guid PromiseeId);

    public static async Task SyncAsync(BatonDb db, DateTime now, CancellationToken ct)
    {
        var context = await SourceContext.LoadAsync(db, ct);
        await CloseStaleAsync(db, context, now, ct);
        await QueueCommitmentsAsync(db, context, now, ct);
        await QueueUnownedCasesAsync(db, context, now, ct);
    }

    private static async Task CloseStaleAsync(BatonDb db, SourceContext context, DateTime now, CancellationToken ct)
    {
        var open = await db.WorkItems
            .Where(w => (w.Status == WorkItemStatus.Queued || w.Status == WorkItemStatus.Assigned) && w.Kind != WorkItemKind.InboundCall)
            .ToListAsync(ct);
        var commitmentIds = open.Where(w => w.Kind is WorkItemKind.Handoff or WorkItemKind.Callback).Select(w => w.ReferenceId).ToList();
        var commitments = (await CommitmentRows(db.Commitments.AsNoTracking().Where(c => commitmentIds.Contains(c.Id))).ToListAsync(ct))
            .ToDictionary(c => c.Id);
        var caseIds = open.Where(w => w.Kind == WorkItemKind.Case).Select(w => w.ReferenceId).ToList();
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.OwnerId, Closed = c.Status == WorkflowStatus.Completed }, ct);
        await context.AddPeopleAsync(db, commitments.Values.Select(c => c.OwnerId).Concat(cases.Values.Select(c => c.OwnerId)), now, ct);

        foreach (var item in open)
        {
            var (stillWanted, heldByAssignee) = item.Kind switch
            {
                WorkItemKind.Handoff => commitments.TryGetValue(item.ReferenceId, out var c)
                    ? (IsPendingHandoff(c), c.Status != CommitmentStatus.Closed && c.OwnerId == item.AssigneeId)
                    : (false, false),
                WorkItemKind.Callback => commitments.TryGetValue(item.ReferenceId, out var c)
                    ? (c.Status != CommitmentStatus.Closed && context.NeedsSomeoneElse(c), c.Status != CommitmentStatus.Closed && c.OwnerId == item.AssigneeId)
                    : (false, false),
                WorkItemKind.Case => cases.TryGetValue(item.ReferenceId, out var k)
                    ? (!k.Closed && !context.IsActive(k.OwnerId), !k.Closed && k.OwnerId == item.AssigneeId)
                    : (false, false),
                WorkItemKind.InboundCall => (true, true),
                _ => throw new InvalidOperationException($"Unknown kind of work {item.Kind}."),
            };
            if (item.Status == WorkItemStatus.Queued && !stillWanted)
            {
                await RoutingQueue.WithdrawAsync(db, item, now, Actor.System, "No longer waiting for routing", ct);
            }
            else if (item.Status == WorkItemStatus.Assigned && !heldByAssignee)
            {
                await RoutingQueue.FinishAsync(db, item, now, Actor.System, ct);
            }
        }
    }

    private static async Task QueueCommitmentsAsync(BatonDb db, SourceContext context, DateTime now, CancellationToken ct)
    {
        var routed = db.WorkItems.Where(w => w.Status == WorkItemStatus.Queued || w.Status == WorkItemStatus.Assigned).Select(w => w.ReferenceId);
        var handoffs = await CommitmentRows(db.Commitments.AsNoTracking()
                .Where(c => c.AwaitingAcceptance && c.HandedOffById != null && c.DepartmentId != null && c.Status != CommitmentStatus.Closed)
                .Where(c => !routed.Contains(c.Id)))
            .Take(BatchLimit).ToListAsync(ct);
        var callbacks = await CommitmentRows(db.Commitments.AsNoTracking()
                .Where(c => c.Kind == CommitmentKind.Callback && c.Status != CommitmentStatus.Closed && c.HandedOffById == null && c.Due <= now)
                .Where(c => !routed.Contains(c.Id))
                .OrderBy(c => c.Due))
            .Take(BatchLimit).ToListAsync(ct);
        await context.AddPeopleAsync(db, handoffs.Concat(callbacks).Select(c => c.OwnerId), now, ct);

        foreach (var c in handoffs.Where(c => context.IsPoolHolder(c.OwnerId, c.DepartmentId!.Value)))
        {
            await RoutingQueue.EnqueueAsync(db, WorkItemKind.Handoff, c.Id, context.DepartmentName(c.DepartmentId) ?? CallbacksQueue, c.LastAt ?? now,
                Actor.System, c.DepartmentId, excluded: Excluded(c, c.HandedOffById!.Value, c.OwnerId), ct: ct);
        }
        foreach (var c in callbacks.Where(context.NeedsSomeoneElse))
        {
            var department = context.DepartmentOf(c.OwnerId);
            await RoutingQueue.EnqueueAsync(db, WorkItemKind.Callback, c.Id, context.DepartmentName(department) ?? CallbacksQueue, now,
                Actor.System, department, excluded: Excluded(c, c.OwnerId), ct: ct);
        }
    }

    private static async Task QueueUnownedCasesAsync(BatonDb db, SourceContext context, DateTime now, CancellationToken ct)
    {
        var routed = db.WorkItems.Where(w => w.Status == WorkItemStatus.Queued || w.Status == WorkItemStatus.Assigned).Select(w => w.ReferenceId);
        var unowned = await db.Cases.AsNoTracking()
            .Where(c => c.Status != WorkflowStatus.Completed && !db.People.Any(p => p.Id == c.OwnerId && p.Active) && !routed.Contains(c.Id))
            .OrderBy(c => c.UpdatedAt)
            .Select(c => new { c.Id, c.OwnerId })
            .Take(BatchLimit).ToListAsync(ct);
        await context.AddPeopleAsync(db, unowned.Select(c => c.OwnerId), now, ct);
        foreach (var c in unowned)
        {
            var department = context.DepartmentOf(c.OwnerId);
            await RoutingQueue.EnqueueAsync(db, WorkItemKind.Case, c.Id, context.DepartmentName(department) ?? CasesQueue, now, Actor.System,
                department, excluded: [c.OwnerId], ct: ct);
        }
    }

    private static bool IsPendingHandoff(CommitmentRow c) =>
        c.AwaitingAcceptance && c.HandedOffById is not null && c.DepartmentId is not null && c.Status != CommitmentStatus.Closed;

    /// <summary>Who may not be offered it: the sender and the holder (it is theirs already), and a person it was promised to.</summary>
    private static List<Guid> Excluded(CommitmentRow c, params Guid[] people) => c.PromiseeKind == PromiseeKind.Person ? [.. people, c.PromiseeId] : [.. people];

    private static IQueryable<CommitmentRow> CommitmentRows(IQueryable<Commitment> commitments) =>
        commitments.Select(c => new CommitmentRow(c.Id, c.Kind, c.Status, c.OwnerId, c.AwaitingAcceptance, c.HandedOffById, c.DepartmentId,
            c.Custody.OrderByDescending(t => t.Sequence).Select(t => (CustodyReason?)t.Reason).FirstOrDefault(),
            c.Custody.OrderByDescending(t => t.Sequence).Select(t => (DateTime?)t.At).FirstOrDefault(),
            c.Promisee.Kind, c.Promisee.Id));

    /// <summary>What the sources need to know about departments and the people who hold the work.</summary>
    private sealed class SourceContext
    {
        private readonly Dictionary<Guid, PersonRow> _people = [];
        private readonly HashSet<Guid> _onShift = [];
        private Dictionary<Guid, Guid> _teams = [];
        private Dictionary<Guid, (string Name, Guid? HeadId)> _departments = [];

        public static async Task<SourceContext> LoadAsync(BatonDb db, CancellationToken ct) =>
            new()
            {
                _teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.DepartmentId, ct),
                _departments = (await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name, d.HeadId }).ToListAsync(ct))
                    .ToDictionary(d => d.Id, d => (d.Name, d.HeadId)),
            };

        public async Task AddPeopleAsync(BatonDb db, IEnumerable<Guid> ids, DateTime now, CancellationToken ct)
        {
            var missing = ids.Where(id => !_people.ContainsKey(id)).Distinct().ToList();
            if (missing.Count == 0)
            {
                return;
            }
            foreach (var p in await db.People.AsNoTracking().Where(p => missing.Contains(p.Id))
                         .Select(p => new PersonRow(p.Id, p.Active, p.Presence, p.Roles, p.TeamId)).ToListAsync(ct))
            {
                _people[p.Id] = p;
            }
            _onShift.UnionWith(await db.Shifts.AsNoTracking().Where(s => missing.Contains(s.PersonId) && s.Start <= now && now < s.End)
                .Select(s => s.PersonId).ToListAsync(ct));
        }

        public bool IsActive(Guid personId) => _people.TryGetValue(personId, out var p) && p.Active;

        public Guid? DepartmentOf(Guid personId) =>
            _people.TryGetValue(personId, out var p) && p.TeamId is { } team && _teams.TryGetValue(team, out var department)
                ? department
                : _departments.Where(d => d.Value.HeadId == personId).Select(d => (Guid?)d.Key).FirstOrDefault();

        public string? DepartmentName(Guid? departmentId) => departmentId is { } d && _departments.TryGetValue(d, out var x) ? x.Name : null;

        /// <summary>Holds it for the department as its lead or head, not as a named receiver.</summary>
        public bool IsPoolHolder(Guid personId, Guid departmentId) =>
            (_departments.TryGetValue(departmentId, out var d) && d.HeadId == personId)
            || (_people.TryGetValue(personId, out var p) && p.Roles.Any(PoolRoles.Contains) && DepartmentOf(personId) == departmentId);

        /// <summary>A due callback its owner cannot make now, or one pooled to a lead at a shift end.</summary>
        public bool NeedsSomeoneElse(CommitmentRow c)
        {
            if (!_people.TryGetValue(c.OwnerId, out var owner) || !owner.Active || owner.Presence != Presence.Available || !_onShift.Contains(owner.Id))
            {
                return true;
            }
            return c.LastReason == CustodyReason.ShiftHandover && owner.Roles.Any(PoolRoles.Contains);
        }
    }
}
