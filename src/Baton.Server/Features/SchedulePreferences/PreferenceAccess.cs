using System.Security.Claims;
using Baton.Core;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>
/// Who may see and change a person's schedule preferences: the person, and whoever leads them (their team lead, their
/// department's supervisors and head, managers and admins — admins assign the shifts).
/// </summary>
public static class PreferenceAccess
{
    /// <summary>The person the request is about (the caller when none is named), once the caller may act for them; 404 as null.</summary>
    public static async Task<(Guid PersonId, string TimeZone)?> RequirePersonAsync(BatonDb db, ClaimsPrincipal user, Guid? personId, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var id = personId ?? me;
        var person = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Id, p.TimeZone }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }
        if (id != me && !await Leadership.IsLeadOfAsync(db, me, id, ct))
        {
            throw new NotPermittedException("personId", "You see and change your own schedule preferences and those of the people you lead.");
        }
        return (person.Id, person.TimeZone);
    }

    public static string Subject(Guid personId) => AuditTrail.SubjectOf("schedule-preferences", personId);

    public static TimeZoneInfo Zone(string timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The person's local date now.</summary>
    public static DateOnly Today(DateTime now, string timeZone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Instants.Normalize(now), Zone(timeZone)));
}
