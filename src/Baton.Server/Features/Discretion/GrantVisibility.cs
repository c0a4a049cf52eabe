using System.Security.Claims;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>
/// Whose grants a person sees: managers and admins everyone's; a team lead their team's; a supervisor or department head
/// their department's; everyone their own. The same reach as <see cref="Commitments.Leadership.IsLeadOfAsync"/>.
/// </summary>
public static class GrantVisibility
{
    /// <summary>The people whose grants the user may see; null means everyone.</summary>
    public static async Task<IReadOnlySet<Guid>?> PeopleAsync(BatonDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        if (user.HasRole(Role.Manager) || user.HasRole(Role.Admin))
        {
            return null;
        }
        var me = Principals.PersonIdOf(user) ?? Guid.Empty;
        var visible = new HashSet<Guid> { me };
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.LeadId, t.DepartmentId }).ToListAsync(ct);
        var ledTeams = teams.Where(t => t.LeadId == me).Select(t => t.Id).ToHashSet();
        if (user.HasRole(Role.Supervisor) || user.HasRole(Role.DepartmentHead))
        {
            var myTeam = await db.People.AsNoTracking().Where(p => p.Id == me).Select(p => p.TeamId).FirstOrDefaultAsync(ct);
            var headed = await db.Departments.AsNoTracking().Where(d => d.HeadId == me).Select(d => d.Id).ToListAsync(ct);
            var departments = teams.Where(t => t.Id == myTeam).Select(t => t.DepartmentId).Concat(headed).ToHashSet();
            ledTeams.UnionWith(teams.Where(t => departments.Contains(t.DepartmentId)).Select(t => t.Id));
        }
        if (ledTeams.Count > 0)
        {
            visible.UnionWith(await db.People.AsNoTracking().Where(p => p.TeamId != null && ledTeams.Contains(p.TeamId.Value)).Select(p => p.Id).ToListAsync(ct));
        }
        return visible;
    }
}
