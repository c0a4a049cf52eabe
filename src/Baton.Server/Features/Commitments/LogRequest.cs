using System.Security.Claims;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/requests {ownerId, due, what}: the signed-in person logs what someone else (the owner)
/// promised them. It waits for the owner's acknowledgement; the requester watches it.
/// </summary>
public static class LogRequest
{
    public sealed record Request(Guid? OwnerId, DateTime? Due, string? What);

    public static async Task<Created<CommitmentView>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var view = await ExecuteAsync(request, user, db, time, live, ct);
        return TypedResults.Created($"/api/v1/commitments/{view.Id}", view);
    }

    public static async Task<CommitmentView> ExecuteAsync(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var requester = CommitmentWork.RequirePerson(user);
        var owner = await CommitmentWork.PersonAsync(db, request.OwnerId, "ownerId", ct);
        var result = Commitment.LogRequest(Guid.CreateVersion7(), owner, requester, CommitmentWork.Instant(request.Due, "due"),
            request.What ?? "", requester, now);
        db.Commitments.Add(result.Commitment);
        await CommitmentWork.SaveAsync(db, live, user, now, result.Effects, [result.Commitment], ct);
        return await CommitmentViews.FullAsync(db, result.Commitment, now, ct);
    }
}
