using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.BusinessHours;

/// <summary>Department calendars (weekly hours, holidays, acceptance SLA) and escalation ladders.</summary>
public static class BusinessHoursApi
{
    public sealed record CalendarView(Guid DepartmentId, string TimeZone, IReadOnlyList<OpeningHours> Hours, IReadOnlyList<DateOnly> Holidays,
        int AcceptanceSlaMinutes, bool Configured);

    public sealed record CalendarRequest(string? TimeZone, List<OpeningHours>? Hours, List<DateOnly>? Holidays, int? AcceptanceSlaMinutes);

    public sealed record LadderView(Guid Id, CommitmentKind? Kind, Guid? DepartmentId, IReadOnlyList<EscalationStep> Steps, bool BusinessTimeOnly);

    public sealed record LadderRequest(CommitmentKind? Kind, Guid? DepartmentId, List<EscalationStep>? Steps, bool BusinessTimeOnly);

    public static IEndpointRouteBuilder MapBusinessHoursApi(this IEndpointRouteBuilder app)
    {
        var calendars = app.MapGroup("/api/v1/departments/{departmentId:guid}/calendar").WithTags("Business hours");
        calendars.MapGet("/", GetCalendar).RequireAuthorization(Policies.SignedIn).WithName("GetDepartmentCalendar")
            .WithSummary("A department's business hours, holidays and hand-off acceptance SLA");
        calendars.MapPut("/", SaveCalendar).RequireAuthorization(Policies.Admin).WithName("SaveDepartmentCalendar")
            .WithSummary("Set a department's business hours, holidays and acceptance SLA");

        var ladders = app.MapGroup("/api/v1/escalation-ladders").WithTags("Business hours");
        ladders.MapGet("/", ListLadders).RequireAuthorization(Policies.SignedIn).WithName("ListEscalationLadders")
            .WithSummary("Configured escalation ladders (the default applies where none matches)");
        ladders.MapPut("/", SaveLadder).RequireAuthorization(Policies.Leader).WithName("SaveEscalationLadder")
            .WithSummary("Create or replace the ladder for a kind and/or department");
        return app;
    }

    private static async Task<Results<Ok<CalendarView>, NotFound>> GetCalendar(Guid departmentId, BatonDb db, CancellationToken ct)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            return TypedResults.NotFound();
        }
        var row = await db.Set<DepartmentCalendar>().AsNoTracking().FirstOrDefaultAsync(c => c.DepartmentId == departmentId, ct);
        var (calendar, sla) = await BusinessHoursLookup.ForDepartmentAsync(db, departmentId, ct);
        return TypedResults.Ok(new CalendarView(departmentId, calendar.TimeZoneId, calendar.Hours, [.. calendar.Holidays.Order()], (int)sla.TotalMinutes, row is not null));
    }

    private static async Task<Results<Ok<CalendarView>, NotFound>> SaveCalendar(Guid departmentId, CalendarRequest request, ClaimsPrincipal user,
        BatonDb db, TimeProvider time, CancellationToken ct)
    {
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
        {
            return TypedResults.NotFound();
        }
        var zone = Baton.Core.Organization.OrganizationRules.RequireTimeZone(request.TimeZone, "timeZone");
        var sla = request.AcceptanceSlaMinutes ?? 30;
        if (sla is < 1 or > 7 * 24 * 60)
        {
            throw new DomainException("acceptanceSlaMinutes", "The acceptance SLA is between 1 minute and 7 days.");
        }
        // Building the calendar validates the hours (and refuses a week with none).
        var calendar = new BusinessCalendar(zone, request.Hours ?? [], request.Holidays);
        var row = await db.Set<DepartmentCalendar>().FirstOrDefaultAsync(c => c.DepartmentId == departmentId, ct);
        var before = row is null ? null : new { row.TimeZone, row.Hours, row.Holidays, row.AcceptanceSlaMinutes };
        if (row is null)
        {
            row = new DepartmentCalendar { DepartmentId = departmentId, TimeZone = zone, Hours = [.. calendar.Hours] };
            db.Add(row);
        }
        row.TimeZone = zone;
        row.Hours = [.. calendar.Hours];
        row.Holidays = [.. calendar.Holidays.Order()];
        row.AcceptanceSlaMinutes = sla;
        await db.RecordAsync(Actor.From(user), Instants.FromTimeProvider(time), AuditTrail.SubjectOf("department", departmentId),
            AuditEventType.DepartmentCalendarChanged, before, new { row.TimeZone, row.Hours, row.Holidays, row.AcceptanceSlaMinutes }, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new CalendarView(departmentId, row.TimeZone, row.Hours, row.Holidays, row.AcceptanceSlaMinutes, true));
    }

    private static async Task<Ok<List<LadderView>>> ListLadders(BatonDb db, CancellationToken ct)
    {
        var rows = await db.Set<EscalationLadderRow>().AsNoTracking().ToListAsync(ct);
        return TypedResults.Ok(rows.Select(r => new LadderView(r.Id, r.Kind, r.DepartmentId, r.Steps, r.BusinessTimeOnly)).ToList());
    }

    private static async Task<Ok<LadderView>> SaveLadder(LadderRequest request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var steps = request.Steps ?? [];
        if (steps.Count == 0)
        {
            throw new DomainException("steps", "A ladder needs at least one step.");
        }
        if (steps.Any(s => s.After <= TimeSpan.Zero) || steps.Zip(steps.Skip(1)).Any(p => p.Second.After <= p.First.After))
        {
            throw new DomainException("steps", "Steps come after the due time, each later than the one before.");
        }
        if (request.DepartmentId is { } dept && !await db.Departments.AnyAsync(d => d.Id == dept, ct))
        {
            throw new DomainException("departmentId", "There is no department with this id.");
        }
        var row = await db.Set<EscalationLadderRow>().FirstOrDefaultAsync(l => l.Kind == request.Kind && l.DepartmentId == request.DepartmentId, ct);
        if (row is null)
        {
            row = new EscalationLadderRow { Id = Guid.CreateVersion7(), Kind = request.Kind, DepartmentId = request.DepartmentId, Steps = steps };
            db.Add(row);
        }
        row.Steps = steps;
        row.BusinessTimeOnly = request.BusinessTimeOnly;
        await db.RecordAsync(Actor.From(user), Instants.FromTimeProvider(time), AuditTrail.SubjectOf("escalation-ladder", row.Id),
            AuditEventType.EscalationLadderChanged, null, new { row.Kind, row.DepartmentId, row.Steps, row.BusinessTimeOnly }, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new LadderView(row.Id, row.Kind, row.DepartmentId, row.Steps, row.BusinessTimeOnly));
    }
}
