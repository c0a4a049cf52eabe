using System.Security.Claims;
using Baton.Core;
using Baton.Core.SchedulePreferences;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>
/// GET /api/v1/schedule-preferences/check?personId=&amp;start=&amp;end=: how a shift about to be rostered fits the person's wishes —
/// the preference it matches, and a warning when it falls on a day they said they cannot work.
/// </summary>
public static class CheckShift
{
    public sealed record ShiftCheck(Guid PersonId, bool MatchesPreference, string? Preference, bool Unavailable, string? Warning);

    public static async Task<Results<Ok<ShiftCheck>, NotFound>> Handle(Guid personId, DateTimeOffset? start, DateTimeOffset? end, ClaimsPrincipal user,
        BatonDb db, CancellationToken ct)
    {
        var check = await QueryAsync(db, user, personId, start, end, ct);
        return check is null ? TypedResults.NotFound() : TypedResults.Ok(check);
    }

    public static async Task<ShiftCheck?> QueryAsync(BatonDb db, ClaimsPrincipal user, Guid personId, DateTimeOffset? start, DateTimeOffset? end,
        CancellationToken ct)
    {
        if (await PreferenceAccess.RequirePersonAsync(db, user, personId, ct) is not { } person)
        {
            return null;
        }
        var from = start?.UtcDateTime ?? throw new DomainException("start", "A start is required.");
        var to = end?.UtcDateTime ?? throw new DomainException("end", "An end is required.");
        if (to <= from)
        {
            throw new DomainException("end", "A shift must end after it starts.");
        }
        var preferences = await db.ShiftPreferences.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(ct);
        var firstDay = DateOnly.FromDateTime(from).AddDays(-1);
        var unavailable = await db.Unavailabilities.AsNoTracking().Where(u => u.PersonId == personId && u.To >= firstDay).ToListAsync(ct);
        var fit = ScheduleFit.Check(new AssignedShift(Instants.Normalize(from), Instants.Normalize(to)), PreferenceAccess.Zone(person.TimeZone),
            preferences, unavailable);
        var warning = fit.Clash is { } clash
            ? $"This shift falls on a day they cannot work ({UnavailabilityView.Of(clash).Text})."
            : null;
        return new ShiftCheck(personId, fit.Matched is not null, fit.Matched is { } m ? PreferenceView.Of(m).Text : null, fit.Clash is not null, warning);
    }
}
