using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/transfer {toId, reason, note}: passes the baton to another active person
/// (ShiftHandover, Escalated or Reassigned; Reassigned when omitted). Only the owner or their lead: 403 otherwise.
/// </summary>
public static class TransferCommitment
{
    public sealed record Request(Guid? ToId, CustodyReason? Reason, string? Note);

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
        var isLead = await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct);
        if (actorId != c.OwnerId && !isLead)
        {
            // Refuse the wrong actor before saying anything about the target person.
            throw new NotPermittedException("actorId", "Only the owner or their lead can transfer it.");
        }
        var to = await CommitmentWork.PersonAsync(db, request.ToId, "toId", ct);
        var effects = c.Transfer(to, request.Reason ?? CustodyReason.Reassigned, actorId, request.Note, isLead, now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
