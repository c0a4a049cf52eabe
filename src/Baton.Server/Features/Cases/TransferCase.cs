using System.Security.Claims;
using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Cases;

/// <summary>POST /api/v1/cases/{id}/transfer {toId, reason, note?}: the owner or their lead passes the case to another active person.</summary>
public static class TransferCase
{
    public sealed record Request(Guid? ToId, CaseCustodyReason? Reason, string? Note);

    public static async Task<Results<Ok<CaseDetail>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var now = CaseViews.Now(time);
        var c = await CaseWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        var to = await CommitmentWork.PersonAsync(db, request.ToId, "toId", ct);
        var before = c.OwnerId;
        var reason = request.Reason ?? CaseCustodyReason.Reassigned;
        c.Transfer(to, reason, actorId, await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct), request.Note, now);
        await db.RecordAsync(Actor.From(user), now, CaseWork.SubjectOf(c.Id), AuditEventType.CaseTransferred, new { ownerId = before },
            new { ownerId = to.Id, reason = reason.ToString() }, request.Note, ct);
        db.PublishAfterCommit(new LiveChange("case", c.Id, [before, to.Id]));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await CaseViews.FullAsync(db, c, ct));
    }
}
