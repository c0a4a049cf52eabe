using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>PUT /api/v1/shifts/{id} (Admin): moves a shift, or changes its zone or label. The person stays the same.</summary>
public static class UpdateShift
{
    public sealed record Request(DateTimeOffset? Start, DateTimeOffset? End, string? TimeZone, string? Label);

    public static async Task<Results<Ok<ListShifts.ShiftView>, NotFound>> Handle(
        Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<ListShifts.ShiftView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, Request request, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        var shift = await db.Shifts.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (shift is null)
        {
            return null;
        }
        var before = PeopleRules.Snapshot(shift);
        var (start, end) = ScheduleShift.RequirePeriod(request.Start, request.End);
        shift.Reschedule(start, end);
        shift.Describe(string.IsNullOrWhiteSpace(request.TimeZone) ? shift.TimeZone : request.TimeZone, request.Label);
        await ScheduleShift.RefuseOverlapAsync(db, shift, ct);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("shift", shift.Id), AuditEventType.ShiftUpdated,
            before, PeopleRules.Snapshot(shift), null, ct);
        await db.SaveChangesAsync(ct);
        var person = await db.People.AsNoTracking().Where(p => p.Id == shift.PersonId)
            .Select(p => new { p.UserName, p.DisplayName, p.TeamId }).FirstAsync(ct);
        return ListShifts.ViewOf(shift, person.UserName, person.DisplayName, person.TeamId);
    }
}
