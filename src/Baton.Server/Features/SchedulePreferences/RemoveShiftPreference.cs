using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>DELETE /api/v1/schedule-preferences/preferences/{id}: withdraws a preferred window (the person, or someone who leads them).</summary>
public static class RemoveShiftPreference
{
    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<bool> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, CancellationToken ct)
    {
        var preference = await db.ShiftPreferences.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (preference is null || await PreferenceAccess.RequirePersonAsync(db, user, preference.PersonId, ct) is null)
        {
            return false;
        }
        var view = PreferenceView.Of(preference);
        db.ShiftPreferences.Remove(preference);
        await db.RecordAsync(Actor.From(user), now, PreferenceAccess.Subject(preference.PersonId), AuditEventType.ShiftPreferenceRemoved,
            new { view.Id, Day = view.Day.ToString(), view.Start, view.End, Weight = view.Weight.ToString() }, null, null, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
