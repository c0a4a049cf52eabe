using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/close {outcome, reason, agreedBy, unreachable, signedOffById}: Kept; Broken with a reason;
/// Cancelled with a reason and who agreed; or unreachable (Broken) once the attempt policy is met, with a lead's sign-off
/// when the policy needs one. Nothing closes without an outcome.
/// </summary>
public static class CloseCommitment
{
    public sealed record Request(Outcome? Outcome, string? Reason, string? AgreedBy, bool Unreachable = false, Guid? SignedOffById = null);

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
        CommitmentEffects effects;
        if (request.Unreachable)
        {
            if (request.Outcome is { } outcome && outcome != Outcome.Broken)
            {
                throw new DomainException("outcome", "A commitment closed as unreachable is Broken.");
            }
            SignOff? signOff = null;
            if (request.SignedOffById is { } by)
            {
                await CommitmentWork.PersonAsync(db, by, "signedOffById", ct);
                signOff = new SignOff(by, await Leadership.IsLeadOfAsync(db, by, c.OwnerId, ct));
            }
            var zone = await db.People.AsNoTracking().Where(p => p.Id == c.OwnerId).Select(p => p.TimeZone).FirstOrDefaultAsync(ct);
            var timeZone = zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var found) ? found : TimeZoneInfo.Utc;
            effects = c.CloseUnreachable(request.Reason, actorId, isLead, signOff, now, timeZone: timeZone);
        }
        else
        {
            var outcome = request.Outcome ?? throw new DomainException("outcome", "Nothing closes without an outcome: Kept, Broken or Cancelled.");
            if (request.SignedOffById is not null)
            {
                throw new DomainException("signedOffById", "A sign-off is only for closing it as unreachable.");
            }
            effects = c.Close(outcome, request.Reason, request.AgreedBy, actorId, isLead, now);
        }
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
