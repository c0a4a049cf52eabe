using System.Security.Claims;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/customer-messages {text} (people and integrations): records what the customer wrote or said.
/// It never changes the status or outcome: a "thanks" does not cancel an agreed follow-up (invariant 9).
/// </summary>
public static class RecordCustomerMessage
{
    public sealed record Request(string? Text);

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.ActorIdOf(user);
        var effects = c.RecordCustomerMessage(request.Text ?? "", actorId == Guid.Empty ? null : actorId, now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
