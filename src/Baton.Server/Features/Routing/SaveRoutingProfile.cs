using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Routing;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// PUT /api/v1/routing/profiles/{personId} (leaders): how much routed work the person holds at once, per kind and in all;
/// an empty value means the queue's default (per kind) or no overall limit.
/// </summary>
public static class SaveRoutingProfile
{
    public sealed record Request(int? TotalCapacity, int? CallCapacity, int? HandoffCapacity, int? CallbackCapacity, int? CaseCapacity);

    public sealed record ProfileView(Guid PersonId, int? TotalCapacity, int? CallCapacity, int? HandoffCapacity, int? CallbackCapacity, int? CaseCapacity,
        DateTime? LastWorkAt);

    public static async Task<Results<Ok<ProfileView>, NotFound>> Handle(Guid personId, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var capacity = CapacityRules.Require(request.TotalCapacity, request.CallCapacity, request.HandoffCapacity, request.CallbackCapacity, request.CaseCapacity);
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return TypedResults.NotFound();
        }
        var profile = await RoutingQueue.ProfileAsync(db, personId, ct);
        var before = profile.Capacity;
        profile.Change(capacity);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("person", personId), AuditEventType.RoutingProfileChanged, before, capacity, null, ct);
        await RoutingPasses.RequestAsync(db, now, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(new ProfileView(personId, profile.TotalCapacity, profile.CallCapacity, profile.HandoffCapacity, profile.CallbackCapacity,
            profile.CaseCapacity, profile.LastWorkAt));
    }
}
