using Baton.Core.Commitments;
using Baton.Core.Discretion;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.BusinessHours;
using Baton.Server.Features.Commitments;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>The facts the discretion decisions need, read from the database: policies, a person's record, earlier grants, approvers.</summary>
public static class DiscretionLookup
{
    /// <summary>The policy that governs the person's gesture and the limits it gives them now; both null without a policy.</summary>
    public static async Task<(DiscretionPolicy? Policy, EffectiveLimits? Limits)> LimitsForAsync(BatonDb db, Guid personId, IEnumerable<Role> roles,
        GestureType gesture, DateTime now, CancellationToken ct)
    {
        var policies = await db.Set<DiscretionPolicy>().AsNoTracking().Where(p => p.Gesture == gesture).ToListAsync(ct);
        var policy = DiscretionPolicy.For(policies, gesture, personId, roles);
        if (policy is null)
        {
            return (null, null);
        }
        return (policy, EarnedAutonomy.Apply(policy, await RecordOfAsync(db, personId, now, ct), now));
    }

    /// <summary>The person's start date and how many promises they kept or broke among those closed in their hands over the last 90 days.</summary>
    public static async Task<PersonRecord> RecordOfAsync(BatonDb db, Guid personId, DateTime now, CancellationToken ct)
    {
        var started = await db.Set<EmploymentStart>().AsNoTracking().Where(e => e.PersonId == personId)
            .Select(e => (DateOnly?)e.StartedOn).FirstOrDefaultAsync(ct);
        var since = now - EarnedAutonomy.RecordWindow;
        var closed = db.Commitments.AsNoTracking().Where(c => c.OwnerId == personId && c.ClosedAt != null && c.ClosedAt > since && c.ClosedAt <= now);
        var kept = await closed.CountAsync(c => c.Outcome == Outcome.Kept, ct);
        var broken = await closed.CountAsync(c => c.Outcome == Outcome.Broken, ct);
        return new PersonRecord(started, kept, broken);
    }

    /// <summary>The person's grants of the gesture made within their own discretion that still count: this week's, and any for the reference.</summary>
    public static async Task<List<PriorGrant>> PriorGrantsAsync(BatonDb db, Guid personId, GestureType gesture, GrantReference? reference, DateTime now,
        CancellationToken ct)
    {
        var since = now - GrantRules.RollingWindow;
        var kind = reference?.Kind;
        var id = reference?.Id;
        var rows = await db.Set<GestureGrant>().AsNoTracking()
            .Where(g => g.RequesterId == personId && g.Gesture == gesture && g.Status == GrantStatus.Granted
                        && (g.RequestedAt > since || (g.ReferenceKind == kind && g.ReferenceId == id)))
            .Select(g => new { g.Amount, g.RequestedAt, g.ReferenceKind, g.ReferenceId })
            .ToListAsync(ct);
        return rows.Select(r => new PriorGrant(r.Amount, r.RequestedAt, new GrantReference(r.ReferenceKind, r.ReferenceId))).ToList();
    }

    /// <summary>
    /// Who approves the person's requests, in order: their team lead, their department's head, then the managers; all active.
    /// The deadline counts business hours of their department (wall-clock time without one).
    /// </summary>
    public static async Task<ApprovalRoute> ApprovalRouteAsync(BatonDb db, Guid personId, TimeSpan approvalTime, DateTime now, CancellationToken ct)
    {
        var team = await (from p in db.People.AsNoTracking()
                          join t in db.Teams on p.TeamId equals t.Id
                          where p.Id == personId
                          select new { t.LeadId, t.DepartmentId }).FirstOrDefaultAsync(ct);
        var head = team is null ? null
            : await db.Departments.AsNoTracking().Where(d => d.Id == team.DepartmentId).Select(d => d.HeadId).FirstOrDefaultAsync(ct);
        var active = await db.People.AsNoTracking().Where(p => p.Active)
            .Select(p => new { p.Id, p.DisplayName, p.Roles }).ToListAsync(ct);
        var activeIds = active.Select(p => p.Id).ToHashSet();
        var managers = active.Where(p => p.Roles.Contains(Role.Manager)).OrderBy(p => p.DisplayName, StringComparer.Ordinal).Select(p => p.Id);
        var approvers = new[] { team?.LeadId, head }.OfType<Guid>().Where(activeIds.Contains).Concat(managers).Distinct().ToList();
        var (calendar, _) = await BusinessHoursLookup.ForDepartmentAsync(db, team?.DepartmentId, ct);
        return new ApprovalRoute(approvers, calendar.AddBusinessTime(now, approvalTime));
    }

    /// <summary>The grant's Approval commitment as it stands, following renegotiations to the one still open; tracked, for closing.</summary>
    public static async Task<Commitment?> ApprovalOfAsync(BatonDb db, GestureGrant grant, CancellationToken ct)
    {
        Commitment? approval = null;
        var next = grant.ApprovalCommitmentId;
        // A renegotiation chain is short; the bound only guards against a malformed one.
        for (var hops = 0; next is { } id && hops < 50; hops++)
        {
            approval = await CommitmentWork.FindAsync(db, id, ct);
            next = approval is { IsClosed: true, RenegotiatedToId: { } to } ? to : null;
        }
        return approval;
    }

    /// <summary>Whether the person may decide the grant: they hold its Approval commitment now, or they lead the requester.</summary>
    public static async Task<bool> HasAuthorityAsync(BatonDb db, Guid actorId, GestureGrant grant, Commitment? approval, CancellationToken ct) =>
        (approval is { IsClosed: false } && approval.OwnerId == actorId) || await Leadership.IsLeadOfAsync(db, actorId, grant.RequesterId, ct);
}
