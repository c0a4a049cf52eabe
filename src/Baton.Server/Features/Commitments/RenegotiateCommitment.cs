using System.Security.Claims;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/renegotiate {newDue, promiseeAgreement} → 201 with the new commitment. The old one closes
/// as Renegotiated and links to the new one; both are saved together.
/// </summary>
public static class RenegotiateCommitment
{
    public sealed record Request(DateTime? NewDue, string? PromiseeAgreement);

    public static async Task<Results<Created<CommitmentView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        var result = c.Renegotiate(Guid.CreateVersion7(), CommitmentWork.Instant(request.NewDue, "newDue"), request.PromiseeAgreement ?? "",
            actorId, await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct), now);
        db.Commitments.Add(result.Commitment);
        await CommitmentWork.SaveAsync(db, live, user, now, result.Effects, [c, result.Commitment], ct);
        var view = await CommitmentViews.FullAsync(db, result.Commitment, now, ct);
        return TypedResults.Created($"/api/v1/commitments/{view.Id}", view);
    }
}
