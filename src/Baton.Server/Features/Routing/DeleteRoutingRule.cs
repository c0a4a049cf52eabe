using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>DELETE /api/v1/routing/rules/{id} (Manager or Admin): the queue's work falls back to its department's rule or the default.</summary>
public static class DeleteRoutingRule
{
    public static async Task<Results<NoContent, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, ct) ? TypedResults.NoContent() : TypedResults.NotFound();

    public static async Task<bool> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, CancellationToken ct)
    {
        var rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, ct);
        if (rule is null)
        {
            return false;
        }
        db.RoutingRules.Remove(rule);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("routing-rule", rule.Id), AuditEventType.RoutingRuleDeleted,
            SaveRoutingRule.Snapshot(rule), null, null, ct);
        await RoutingPasses.RequestAsync(db, now, ct);
        await db.SaveChangesAsync(ct);
        return true;
    }
}
