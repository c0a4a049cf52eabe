using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>DELETE /api/v1/shifts/{id} (Admin): takes a shift off the roster; the audit event keeps what it was.</summary>
public static class DeleteShift
{
    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    /// <summary>False when there is no such shift.</summary>
    public static async Task<bool> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        var shift = await db.Shifts.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (shift is null)
        {
            return false;
        }
        db.Shifts.Remove(shift);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("shift", shift.Id), AuditEventType.ShiftDeleted,
            PeopleRules.Snapshot(shift), null, null, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
