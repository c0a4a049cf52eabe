using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.SchedulePreferences;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.SchedulePreferences;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

/// <summary>Shift preferences and some unavailability for the Support Blue team, so its lead sees them beside the roster.</summary>
public sealed class DemoSchedulePreferencesSeeder(BatonDb db, TimeProvider time)
{
    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = Instants.FromTimeProvider(time);
        var people = await db.People.AsNoTracking().Where(p => p.UserName == "agent" || p.UserName == "jordan" || p.UserName == "casey")
            .ToDictionaryAsync(p => p.UserName, p => (p.Id, p.TimeZone), ct);
        var preferences = new List<ShiftPreference>();
        var unavailable = new List<Unavailability>();
        if (people.TryGetValue("agent", out var agent))
        {
            preferences.AddRange(Weekdays.Select(d => new ShiftPreference(Guid.CreateVersion7(), agent.Id, d, new TimeOnly(7, 0), TimeSpan.FromHours(19),
                PreferenceWeight.Medium, now)));
        }
        if (people.TryGetValue("jordan", out var jordan))
        {
            preferences.AddRange(Weekdays.Take(3).Select(d => new ShiftPreference(Guid.CreateVersion7(), jordan.Id, d, new TimeOnly(12, 0), TimeSpan.FromHours(24),
                PreferenceWeight.High, now)));
            var today = PreferenceAccess.Today(now, jordan.TimeZone);
            unavailable.Add(new Unavailability(Guid.CreateVersion7(), jordan.Id, today.AddDays(8), today.AddDays(9), "Training course", today, now));
        }
        if (people.TryGetValue("casey", out var casey))
        {
            var today = PreferenceAccess.Today(now, casey.TimeZone);
            unavailable.Add(new Unavailability(Guid.CreateVersion7(), casey.Id, today.AddDays(3), today.AddDays(3), "Medical appointment", today, now));
        }
        db.ShiftPreferences.AddRange(preferences);
        db.Unavailabilities.AddRange(unavailable);
        foreach (var p in preferences)
        {
            var view = PreferenceView.Of(p);
            await db.RecordAsync(Actor.System, now, PreferenceAccess.Subject(p.PersonId), AuditEventType.ShiftPreferenceAdded, null,
                new { view.Id, Day = view.Day.ToString(), view.Start, view.End, Weight = view.Weight.ToString() }, "demo data", ct);
        }
        foreach (var u in unavailable)
        {
            await db.RecordAsync(Actor.System, now, PreferenceAccess.Subject(u.PersonId), AuditEventType.UnavailabilityAdded, null,
                new { u.Id, u.From, u.To, u.Reason }, "demo data", ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
