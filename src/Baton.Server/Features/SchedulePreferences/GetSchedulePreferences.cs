using System.Globalization;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.SchedulePreferences;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.People;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>
/// GET /api/v1/schedule-preferences?personId=&amp;teamId=&amp;from=&amp;to=: preferences and unavailability beside the roster of the
/// period, each shift marked as matching a preference or falling on an unavailable day, and the honoured rate (shifts that
/// matched a preference and hit no unavailability / shifts assigned). One person (default: yourself) or, for its lead, a whole
/// team. Without a period: four weeks back to two weeks ahead.
/// </summary>
public static class GetSchedulePreferences
{
    public static readonly TimeSpan Back = TimeSpan.FromDays(28);
    public static readonly TimeSpan Ahead = TimeSpan.FromDays(14);

    public static async Task<Results<Ok<List<PersonPreferencesView>>, NotFound>> Handle(Guid? personId, Guid? teamId, DateTime? from, DateTime? to,
        ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var views = await QueryAsync(db, user, personId, teamId, from, to, Instants.FromTimeProvider(time), ct);
        return views is null ? TypedResults.NotFound() : TypedResults.Ok(views);
    }

    public static async Task<List<PersonPreferencesView>?> QueryAsync(BatonDb db, ClaimsPrincipal user, Guid? personId, Guid? teamId, DateTime? from,
        DateTime? to, DateTime now, CancellationToken ct)
    {
        var start = from is { } f ? Instants.Normalize(f) : now - Back;
        var end = to is { } t ? Instants.Normalize(t) : from is null ? now + Ahead : start + Back + Ahead;
        if (end <= start)
        {
            throw new DomainException("to", "The end of the period must be after its start.");
        }
        if (end - start > ListShifts.MaximumWindow)
        {
            throw new DomainException("to", string.Create(CultureInfo.InvariantCulture, $"The period can span at most {ListShifts.MaximumWindow.TotalDays:0} days."));
        }
        List<Guid> people;
        if (teamId is { } team)
        {
            var me = CommitmentWork.RequirePerson(user);
            var members = await db.People.AsNoTracking().Where(p => p.TeamId == team && p.Active).OrderBy(p => p.DisplayName).Select(p => p.Id).ToListAsync(ct);
            if (!await db.Teams.AnyAsync(x => x.Id == team, ct))
            {
                return null;
            }
            foreach (var member in members.Where(m => m != me))
            {
                if (!await Leadership.IsLeadOfAsync(db, me, member, ct))
                {
                    throw new NotPermittedException("teamId", "You see the preferences of the teams you lead.");
                }
            }
            people = members;
        }
        else if (await PreferenceAccess.RequirePersonAsync(db, user, personId, ct) is { } person)
        {
            people = [person.PersonId];
        }
        else
        {
            return null;
        }
        return await ViewsAsync(db, people, start, end, ct);
    }

    public static async Task<List<PersonPreferencesView>> ViewsAsync(BatonDb db, IReadOnlyCollection<Guid> people, DateTime from, DateTime to, CancellationToken ct)
    {
        var persons = await db.People.AsNoTracking().Where(p => people.Contains(p.Id))
            .Select(p => new { p.Id, p.DisplayName, p.TimeZone }).ToListAsync(ct);
        var preferences = (await db.ShiftPreferences.AsNoTracking().Where(p => people.Contains(p.PersonId)).ToListAsync(ct)).ToLookup(p => p.PersonId);
        var fromDay = DateOnly.FromDateTime(from).AddDays(-1);
        var unavailable = (await db.Unavailabilities.AsNoTracking().Where(u => people.Contains(u.PersonId) && u.To >= fromDay).ToListAsync(ct))
            .ToLookup(u => u.PersonId);
        var shifts = (await db.Shifts.AsNoTracking().Where(s => people.Contains(s.PersonId) && s.Start < to && from < s.End).ToListAsync(ct))
            .ToLookup(s => s.PersonId);
        return persons.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture).Select(p =>
        {
            var zone = PreferenceAccess.Zone(p.TimeZone);
            var prefs = preferences[p.Id].OrderBy(x => (((int)x.Day) + 6) % 7).ThenBy(x => x.Start).ToList();
            var away = unavailable[p.Id].OrderBy(u => u.From).ToList();
            var roster = shifts[p.Id].OrderBy(s => s.Start).Select(s =>
            {
                var fit = ScheduleFit.Check(new AssignedShift(s.Start, s.End), zone, prefs, away);
                return new RosterShiftView(s.Id, s.Start, s.End, PeopleRules.InZone(s.Start, p.TimeZone), PeopleRules.InZone(s.End, p.TimeZone), s.Label,
                    fit.Matched is not null, fit.Clash is not null, fit.Clash?.Reason, fit.Honoured);
            }).ToList();
            var rate = new HonouredRate(roster.Count(r => r.Honoured), roster.Count);
            return new PersonPreferencesView(p.Id, p.DisplayName, p.TimeZone, prefs.Select(PreferenceView.Of).ToList(),
                away.Select(UnavailabilityView.Of).ToList(), roster, rate.Honoured, rate.Total, rate.Rate, from, to);
        }).ToList();
    }
}
