using System.Security.Claims;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/accept: the owner accepts a hand-off or acknowledges a request; any active member of
/// the receiving department may take a waiting hand-off instead (custody passes to them, reason Accepted).
/// Two acceptances at once: one wins, the other gets 409.
/// </summary>
public static class AcceptCommitment
{
    public static async Task<Results<Ok<CommitmentView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actor = await CommitmentWork.PersonAsync(db, CommitmentWork.RequirePerson(user), "actorId", ct);
        var member = actor.Id != c.OwnerId && c.DepartmentId is { } department && await Leadership.IsActiveMemberAsync(db, actor.Id, department, ct);
        var effects = c.AcceptAsMember(actor, member, now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
