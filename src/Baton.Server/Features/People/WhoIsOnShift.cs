using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>GET /api/v1/org/on-shift: the active people on shift now, with their shift and presence, ordered by department and team for grouping.</summary>
public static class WhoIsOnShift
{
    public sealed record OnShiftPerson(Guid PersonId, string UserName, string DisplayName, IReadOnlyList<Role> Roles,
        Guid? TeamId, string? TeamName, Guid? DepartmentId, string? DepartmentName, Presence Presence, DateTime PresenceSince,
        Guid ShiftId, DateTime ShiftStart, DateTime ShiftEnd, string ShiftTimeZone, string? ShiftLabel,
        string PersonTimeZone, DateTimeOffset ShiftEndLocal);

    public sealed record OnShiftNow(DateTime At, IReadOnlyList<OnShiftPerson> People);

    public static async Task<Ok<OnShiftNow>> Handle(BatonDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, Instants.FromTimeProvider(time), ct));

    public static async Task<OnShiftNow> QueryAsync(BatonDb db, DateTime now, CancellationToken ct)
    {
        var rows = await (
            from s in db.Shifts.AsNoTracking()
            join p in db.People on s.PersonId equals p.Id
            join t in db.Teams on p.TeamId equals t.Id into teams
            from t in teams.DefaultIfEmpty()
            join d in db.Departments on t.DepartmentId equals d.Id into departments
            from d in departments.DefaultIfEmpty()
            where p.Active && s.Start <= now && now < s.End
            select new
            {
                Shift = s, p.Id, p.UserName, p.DisplayName, p.Roles, p.TeamId, TeamName = t == null ? null : t.Name,
                DepartmentId = t == null ? (Guid?)null : t.DepartmentId, DepartmentName = d == null ? null : d.Name,
                p.Presence, p.PresenceSince, p.TimeZone,
            }).ToListAsync(ct);
        var people = rows
            .GroupBy(r => r.Id)
            .Select(g =>
            {
                var r = g.First();
                var shift = Roster.CurrentShift(g.Select(x => x.Shift), now)!;
                return new OnShiftPerson(r.Id, r.UserName, r.DisplayName, r.Roles, r.TeamId, r.TeamName, r.DepartmentId, r.DepartmentName,
                    r.Presence, r.PresenceSince, shift.Id, shift.Start, shift.End, shift.TimeZone, shift.Label,
                    r.TimeZone, PeopleRules.InZone(shift.End, r.TimeZone));
            })
            .OrderBy(p => p.DepartmentName ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(p => p.TeamName ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(p => p.DisplayName, StringComparer.Ordinal)
            .ToList();
        return new OnShiftNow(now, people);
    }
}
