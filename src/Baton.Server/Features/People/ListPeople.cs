using System.Linq.Expressions;
using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>GET /api/v1/people: everyone, with roles and team, for anyone signed in (the org chart is public inside the center).</summary>
public static class ListPeople
{
    public sealed record PersonView(Guid Id, string UserName, string DisplayName, IReadOnlyList<Role> Roles, Guid? TeamId, string? TeamName,
        Guid? DepartmentId, string? DepartmentName, IReadOnlyList<string> Skills, bool Active, Presence Presence, string TimeZone,
        bool OnShiftNow);

    public static async Task<Ok<List<PersonView>>> Handle(BatonDb db, TimeProvider time, bool? includeInactive, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, Instants.FromTimeProvider(time), includeInactive == true, ct));

    public static Task<List<PersonView>> QueryAsync(BatonDb db, DateTime now, bool includeInactive, CancellationToken ct) =>
        Views(db, now, p => includeInactive || p.Active).ToListAsync(ct);

    /// <summary>The people matching a filter as views at an instant, by name; shared with GetPerson and the People page.</summary>
    public static IQueryable<PersonView> Views(BatonDb db, DateTime now, Expression<Func<Person, bool>> filter) =>
        from p in db.People.AsNoTracking().Where(filter)
        join t in db.Teams on p.TeamId equals t.Id into teams
        from t in teams.DefaultIfEmpty()
        join d in db.Departments on t.DepartmentId equals d.Id into departments
        from d in departments.DefaultIfEmpty()
        orderby p.DisplayName
        select new PersonView(p.Id, p.UserName, p.DisplayName, p.Roles, p.TeamId, t == null ? null : t.Name,
            t == null ? null : t.DepartmentId, d == null ? null : d.Name, p.Skills, p.Active, p.Presence, p.TimeZone,
            p.Active && db.Shifts.Any(s => s.PersonId == p.Id && s.Start <= now && now < s.End));
}
