using System.Globalization;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>POST /api/v1/shifts (Admin): rosters an active person for a period; a person's shifts never overlap.</summary>
public static class ScheduleShift
{
    /// <summary>Start and End are instants (UTC, or with an offset); TimeZone defaults to the person's.</summary>
    public sealed record Request(Guid? PersonId, DateTimeOffset? Start, DateTimeOffset? End, string? TimeZone, string? Label);

    public static async Task<Created<ListShifts.ShiftView>> Handle(
        Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), request, ct);
        return TypedResults.Created($"/api/v1/shifts/{view.Id}", view);
    }

    public static async Task<ListShifts.ShiftView> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Request request, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        var person = request.PersonId is { } personId ? await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, ct) : null;
        if (person is null)
        {
            throw new DomainException("personId", request.PersonId is null ? "A person is required." : "There is no person with this id.");
        }
        if (!person.Active)
        {
            throw new DomainException("personId", $"{person.DisplayName} is inactive and cannot be rostered.");
        }
        var (start, end) = RequirePeriod(request.Start, request.End);
        var shift = new Shift(Guid.CreateVersion7(), person.Id, start, end,
            string.IsNullOrWhiteSpace(request.TimeZone) ? person.TimeZone : request.TimeZone, request.Label);
        await RefuseOverlapAsync(db, shift, ct);
        db.Shifts.Add(shift);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("shift", shift.Id), AuditEventType.ShiftCreated,
            null, PeopleRules.Snapshot(shift), null, ct);
        await db.SaveChangesAsync(ct);
        return ListShifts.ViewOf(shift, person.UserName, person.DisplayName, person.TeamId);
    }

    public static (DateTime Start, DateTime End) RequirePeriod(DateTimeOffset? start, DateTimeOffset? end)
    {
        if (start is null)
        {
            throw new DomainException("start", "A start is required.");
        }
        if (end is null)
        {
            throw new DomainException("end", "An end is required.");
        }
        return (start.Value.UtcDateTime, end.Value.UtcDateTime);
    }

    /// <summary>409 naming "start" when the shift overlaps another shift of the same person.</summary>
    public static async Task RefuseOverlapAsync(BatonDb db, Shift shift, CancellationToken ct)
    {
        var clash = await db.Shifts.AsNoTracking()
            .Where(s => s.PersonId == shift.PersonId && s.Id != shift.Id && s.Start < shift.End && shift.Start < s.End)
            .OrderBy(s => s.Start)
            .FirstOrDefaultAsync(ct);
        if (clash is not null)
        {
            var from = PeopleRules.InZone(clash.Start, clash.TimeZone);
            var to = PeopleRules.InZone(clash.End, clash.TimeZone);
            throw new ConflictException("start", string.Create(CultureInfo.InvariantCulture,
                $"This overlaps another shift of the same person ({from:yyyy-MM-dd HH:mm}–{to:HH:mm} {clash.TimeZone})."));
        }
    }
}
