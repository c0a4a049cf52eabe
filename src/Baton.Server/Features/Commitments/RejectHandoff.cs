using System.Security.Claims;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>POST /api/v1/commitments/{id}/reject {reason}: the receiver (or their lead) returns a waiting hand-off to its sender, who keeps watching.</summary>
public static class RejectHandoff
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        var sender = c.HandedOffById is { } senderId ? await CommitmentWork.PersonAsync(db, senderId, "senderId", ct) : default;
        var effects = c.Reject(sender, request.Reason ?? "", actorId, await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct), now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
