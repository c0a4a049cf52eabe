using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Discretion;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>
/// DELETE /api/v1/discretion/policies/{id} (Manager or Admin): removes a policy. Grants keep the limits that applied to them;
/// without a policy the holder's gestures need approval (or fall back to their roles' policies).
/// </summary>
public static class DeletePolicy
{
    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<bool> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, CancellationToken ct)
    {
        SavePolicy.RequireManager(user);
        var policy = await db.Set<DiscretionPolicy>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null)
        {
            return false;
        }
        db.Set<DiscretionPolicy>().Remove(policy);
        await db.RecordAsync(Actor.From(user), now, SavePolicy.Subject(policy.Id), AuditEventType.DiscretionPolicyDeleted, SavePolicy.Snapshot(policy), null, null, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
