using Baton.Core.Commitments;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.BusinessHours;

/// <summary>Reads calendars and ladders, with the defaults a department gets before anyone configures it.</summary>
public static class BusinessHoursLookup
{
    public static readonly TimeSpan DefaultAcceptanceSla = TimeSpan.FromMinutes(30);

    /// <summary>The department's calendar; unconfigured departments keep office hours (Mon–Fri 09–17) in their own time zone.</summary>
    public static async Task<(BusinessCalendar Calendar, TimeSpan AcceptanceSla)> ForDepartmentAsync(BatonDb db, Guid? departmentId, CancellationToken ct)
    {
        if (departmentId is null)
        {
            return (BusinessCalendar.AlwaysOpen(), DefaultAcceptanceSla);
        }
        var row = await db.Set<DepartmentCalendar>().AsNoTracking().FirstOrDefaultAsync(c => c.DepartmentId == departmentId, ct);
        if (row is not null)
        {
            return (row.ToCalendar(), TimeSpan.FromMinutes(row.AcceptanceSlaMinutes));
        }
        var zone = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => d.TimeZone).FirstOrDefaultAsync(ct) ?? "UTC";
        return (BusinessCalendar.OfficeHours(zone), DefaultAcceptanceSla);
    }

    public static async Task<EscalationLadder> LadderForAsync(BatonDb db, CommitmentKind kind, Guid? departmentId, CancellationToken ct)
    {
        var rows = await db.Set<EscalationLadderRow>().AsNoTracking()
            .Where(l => (l.Kind == null || l.Kind == kind) && (l.DepartmentId == null || l.DepartmentId == departmentId))
            .ToListAsync(ct);
        return EscalationLadder.For(rows.Select(r => r.ToLadder()), kind, departmentId);
    }
}
