using System.Globalization;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.SchedulePreferences;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>
/// POST /api/v1/schedule-preferences/preferences {personId?, day, start "HH:mm", end "HH:mm" (or "24:00"), weight}: a window the
/// person would like to work on a weekday, in their own time zone. For yourself, or for someone you lead.
/// </summary>
public static class AddShiftPreference
{
    public const int MaxPerPerson = 28;

    public sealed record Request(Guid? PersonId, DayOfWeek? Day, string? Start, string? End, PreferenceWeight? Weight);

    public static async Task<Results<Created<PreferenceView>, NotFound>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Created($"/api/v1/schedule-preferences/preferences/{view.Id}", view);
    }

    public static async Task<PreferenceView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Request request, CancellationToken ct)
    {
        if (await PreferenceAccess.RequirePersonAsync(db, user, request.PersonId, ct) is not { } person)
        {
            return null;
        }
        var day = request.Day ?? throw new DomainException("day", "Say which day of the week.");
        var start = ParseClock(request.Start, "start") is { } s && s < TimeSpan.FromHours(24) ? TimeOnly.FromTimeSpan(s)
            : throw new DomainException("start", "Give the start as HH:mm, e.g. 08:00.");
        var end = ParseClock(request.End, "end") ?? throw new DomainException("end", "Give the end as HH:mm, e.g. 16:00 (24:00 for midnight).");
        var preference = new ShiftPreference(Guid.CreateVersion7(), person.PersonId, day, start, end,
            request.Weight ?? PreferenceWeight.Medium, now);
        if (await db.ShiftPreferences.CountAsync(p => p.PersonId == person.PersonId, ct) >= MaxPerPerson)
        {
            throw new DomainException("day", $"A person can keep at most {MaxPerPerson} preferred windows; remove one first.");
        }
        db.ShiftPreferences.Add(preference);
        var view = PreferenceView.Of(preference);
        await db.RecordAsync(Actor.From(user), now, PreferenceAccess.Subject(person.PersonId), AuditEventType.ShiftPreferenceAdded, null,
            new { view.Id, Day = view.Day.ToString(), view.Start, view.End, Weight = view.Weight.ToString() }, null, ct);
        await db.SaveChangesAsync(ct);
        return view;
    }

    /// <summary>"08:00" → 8 h; "24:00" → 24 h; anything else is refused naming the field.</summary>
    private static TimeSpan? ParseClock(string? text, string field)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
        {
            return null;
        }
        if (value == "24:00")
        {
            return TimeSpan.FromHours(24);
        }
        return TimeOnly.TryParseExact(value, ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.ToTimeSpan()
            : throw new DomainException(field, $"'{value}' is not a time of day (HH:mm).");
    }
}
