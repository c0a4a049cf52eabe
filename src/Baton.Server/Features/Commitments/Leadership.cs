using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// Who leads whom, and who receives a department's hand-offs. An actor leads an owner when the actor is the owner's
/// team lead, a Supervisor or DepartmentHead of the owner's department (team → department), or a Manager or Admin.
/// </summary>
public static class Leadership
{
    private static readonly Role[] DutyLeadRoles = [Role.TeamLead, Role.Supervisor, Role.DepartmentHead];

    public static async Task<bool> IsLeadOfAsync(BatonDb db, Guid actorId, Guid ownerId, CancellationToken ct)
    {
        if (actorId == ownerId || actorId == Guid.Empty)
        {
            return false;
        }
        var actor = await db.People.AsNoTracking().Where(p => p.Id == actorId)
            .Select(p => new { p.Active, p.Roles, p.TeamId }).FirstOrDefaultAsync(ct);
        if (actor is not { Active: true })
        {
            return false;
        }
        if (actor.Roles.Contains(Role.Manager) || actor.Roles.Contains(Role.Admin))
        {
            return true;
        }
        var ownerTeam = await (
            from p in db.People.AsNoTracking()
            join t in db.Teams on p.TeamId equals t.Id
            where p.Id == ownerId
            select new { t.LeadId, t.DepartmentId }).FirstOrDefaultAsync(ct);
        if (ownerTeam is null)
        {
            // Leadership without a team (managers, admins) is led only by managers and admins.
            return false;
        }
        if (ownerTeam.LeadId == actorId)
        {
            return true;
        }
        if (!actor.Roles.Contains(Role.Supervisor) && !actor.Roles.Contains(Role.DepartmentHead))
        {
            return false;
        }
        return await DepartmentOfAsync(db, actorId, ct) == ownerTeam.DepartmentId
               || await db.Departments.AnyAsync(d => d.Id == ownerTeam.DepartmentId && d.HeadId == actorId, ct);
    }

    /// <summary>The department of a person's team; null without a team.</summary>
    public static Task<Guid?> DepartmentOfAsync(BatonDb db, Guid personId, CancellationToken ct) => (
        from p in db.People.AsNoTracking()
        join t in db.Teams on p.TeamId equals t.Id
        where p.Id == personId
        select (Guid?)t.DepartmentId).FirstOrDefaultAsync(ct);

    /// <summary>An active person in one of the department's teams, or its head.</summary>
    public static async Task<bool> IsActiveMemberAsync(BatonDb db, Guid personId, Guid departmentId, CancellationToken ct)
    {
        return await db.People.AnyAsync(p => p.Id == personId && p.Active, ct) && await BelongsToAsync(db, personId, departmentId, ct);
    }

    /// <summary>In one of the department's teams, or its head; active or not.</summary>
    public static async Task<bool> BelongsToAsync(BatonDb db, Guid personId, Guid departmentId, CancellationToken ct) =>
        await DepartmentOfAsync(db, personId, ct) == departmentId
        || await db.Departments.AnyAsync(d => d.Id == departmentId && d.HeadId == personId, ct);

    /// <summary>
    /// The department's on-duty lead: an active TeamLead, Supervisor or DepartmentHead of its teams who is on shift now,
    /// preferring a TeamLead, then a Supervisor; otherwise the department head, even off shift. Null when there is none.
    /// </summary>
    public static async Task<Guid?> OnDutyLeadAsync(BatonDb db, Guid departmentId, DateTime now, CancellationToken ct)
    {
        var headId = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.HeadId).FirstOrDefaultAsync(ct);
        var teamIds = await db.Teams.AsNoTracking().Where(t => t.DepartmentId == departmentId).Select(t => t.Id).ToListAsync(ct);
        var people = await db.People.AsNoTracking()
            .Where(p => p.Active && ((p.TeamId != null && teamIds.Contains(p.TeamId.Value)) || p.Id == headId))
            .Select(p => new { p.Id, p.DisplayName, p.Roles })
            .ToListAsync(ct);
        var leads = people.Where(p => p.Roles.Any(DutyLeadRoles.Contains)).ToList();
        var leadIds = leads.Select(p => p.Id).ToList();
        var onShift = (await db.Shifts.AsNoTracking()
            .Where(s => leadIds.Contains(s.PersonId) && s.Start <= now && now < s.End)
            .Select(s => s.PersonId).ToListAsync(ct)).ToHashSet();
        foreach (var role in DutyLeadRoles)
        {
            var lead = leads.Where(p => onShift.Contains(p.Id) && p.Roles.Contains(role))
                .OrderBy(p => p.DisplayName, StringComparer.Ordinal).FirstOrDefault();
            if (lead is not null)
            {
                return lead.Id;
            }
        }
        return people.Any(p => p.Id == headId) ? headId : null;
    }
}
