using System.Security.Claims;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>POST /api/v1/commitments/{id}/attempts {channel, result, note}: a try at keeping it (owner or lead); it is then in progress.</summary>
public static class RecordAttempt
{
    public sealed record Request(AttemptChannel? Channel, AttemptResult? Result, string? Note);

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
        var channel = request.Channel ?? throw new DomainException("channel", "Say how the attempt reached out.");
        var result = request.Result ?? throw new DomainException("result", "Say what the attempt achieved.");
        var recorded = c.RecordAttempt(channel, result, request.Note, actorId, await Leadership.IsLeadOfAsync(db, actorId, c.OwnerId, ct), now);
        await CommitmentWork.SaveAsync(db, live, user, now, recorded.Effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
