using System.Security.Claims;
using Baton.Core;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// POST /api/v1/commitments/{id}/watchers {personId} and DELETE /api/v1/commitments/{id}/watchers/{personId}:
/// keep someone informed without making them the owner. Adding a watcher twice, or removing a non-watcher, changes nothing.
/// </summary>
public static class CommitmentWatchers
{
    public sealed record Request(Guid? PersonId);

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Add(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var actorId = CommitmentWork.RequirePerson(user);
        var person = await CommitmentWork.PersonAsync(db, request.PersonId, "personId", ct);
        if (!person.Active)
        {
            throw new DomainException("personId", "Only an active person can watch a commitment.");
        }
        var effects = c.AddWatcher(person.Id, actorId, now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }

    public static async Task<Results<Ok<CommitmentView>, NotFound>> Remove(Guid id, Guid personId, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var c = await CommitmentWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return TypedResults.NotFound();
        }
        var effects = c.RemoveWatcher(personId, CommitmentWork.RequirePerson(user), now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
