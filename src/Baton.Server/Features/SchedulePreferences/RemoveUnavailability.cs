using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>DELETE /api/v1/schedule-preferences/unavailability/{id}: withdraws submitted unavailability (the person, or someone who leads them).</summary>
public static class RemoveUnavailability
{
    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<bool> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, CancellationToken ct)
    {
        var unavailable = await db.Unavailabilities.FirstOrDefaultAsync(u => u.Id == id, ct);
        if (unavailable is null || await PreferenceAccess.RequirePersonAsync(db, user, unavailable.PersonId, ct) is null)
        {
            return false;
        }
        db.Unavailabilities.Remove(unavailable);
        await db.RecordAsync(Actor.From(user), now, PreferenceAccess.Subject(unavailable.PersonId), AuditEventType.UnavailabilityRemoved,
            new { unavailable.Id, unavailable.From, unavailable.To, unavailable.Reason }, null, null, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
