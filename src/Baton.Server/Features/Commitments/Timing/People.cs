using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>The people questions timers ask: who leads someone, who heads their department, when they next work.</summary>
internal static class People
{
    public static async Task<Guid?> TeamLeadOfAsync(BatonDb db, Guid personId, CancellationToken ct) =>
        await (from p in db.People
               join t in db.Teams on p.TeamId equals t.Id
               where p.Id == personId && t.LeadId != null && t.LeadId != personId
               select t.LeadId).FirstOrDefaultAsync(ct);

    public static async Task<Guid?> DepartmentHeadOfAsync(BatonDb db, Guid? departmentId, CancellationToken ct) =>
        departmentId is null ? null : await db.Departments.Where(d => d.Id == departmentId).Select(d => d.HeadId).FirstOrDefaultAsync(ct);

    public static async Task<Guid?> AnyManagerAsync(BatonDb db, CancellationToken ct)
    {
        var managers = await db.People.AsNoTracking().Where(p => p.Active).Select(p => new { p.Id, p.Roles }).ToListAsync(ct);
        return managers.FirstOrDefault(m => m.Roles.Contains(Role.Manager))?.Id;
    }

    public static Task<string> NameOfAsync(BatonDb db, Guid personId, CancellationToken ct) =>
        db.People.Where(p => p.Id == personId).Select(p => p.DisplayName).FirstOrDefaultAsync(ct)!;

    /// <summary>
    /// A function giving the first instant at or after a given one when the person is on shift; that instant itself when they
    /// keep no roster at all (nothing says they are away); null when no later shift is known.
    /// </summary>
    public static async Task<Func<DateTime, DateTime?>> WorkingHoursAsync(BatonDb db, Guid personId, DateTime from, DateTime until, CancellationToken ct)
    {
        var shifts = await db.Shifts.AsNoTracking()
            .Where(s => s.PersonId == personId && s.End > from.AddDays(-1) && s.Start < until.AddDays(1))
            .OrderBy(s => s.Start).ToListAsync(ct);
        if (shifts.Count == 0)
        {
            return instant => instant;
        }
        return instant =>
        {
            if (Roster.IsOnShift(shifts, instant))
            {
                return instant;
            }
            return Roster.NextShift(shifts, instant)?.Start;
        };
    }
}
