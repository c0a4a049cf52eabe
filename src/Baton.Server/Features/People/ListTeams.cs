using System.Linq.Expressions;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>GET /api/v1/teams: every team with its department, lead and number of active members.</summary>
public static class ListTeams
{
    public sealed record TeamView(Guid Id, string Name, Guid DepartmentId, string DepartmentName, Guid? LeadId, string? LeadName, int MemberCount);

    public static async Task<Ok<List<TeamView>>> Handle(BatonDb db, Guid? departmentId, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, departmentId, ct));

    public static Task<List<TeamView>> QueryAsync(BatonDb db, Guid? departmentId, CancellationToken ct) =>
        Views(db, t => departmentId == null || t.DepartmentId == departmentId).ToListAsync(ct);

    public static IQueryable<TeamView> Views(BatonDb db, Expression<Func<Team, bool>> filter) =>
        from t in db.Teams.AsNoTracking().Where(filter)
        join d in db.Departments on t.DepartmentId equals d.Id
        join l in db.People on t.LeadId equals l.Id into leads
        from l in leads.DefaultIfEmpty()
        orderby t.Name
        select new TeamView(t.Id, t.Name, t.DepartmentId, d.Name, t.LeadId, l == null ? null : l.DisplayName,
            db.People.Count(p => p.TeamId == t.Id && p.Active));
}
