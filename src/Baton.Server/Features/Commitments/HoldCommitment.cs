using System.Security.Claims;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/hold {reason}: waiting on the customer pauses the SLA clock (reminders, due, acceptance,
/// escalation); POST …/resume restarts it with the due time moved on by the time spent on hold. Owner or their lead.
/// </summary>
public static class HoldCommitment
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Hold(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        var effects = c.PutOnHold(request.Reason, actorId, await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct), now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Resume(Guid id, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        var effects = c.Resume(actorId, await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct), now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
