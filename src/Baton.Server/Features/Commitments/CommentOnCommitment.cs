using System.Security.Claims;
using Baton.Server.Data;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments;

/// <summary>POST /api/v1/commitments/{id}/comments {text}: a note on the timeline, allowed even after closing.</summary>
public static class CommentOnCommitment
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
        var effects = c.Comment(request.Text ?? "", CommitmentWork.RequirePerson(user), now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [c], ct);
        return TypedResults.Ok(await CommitmentViews.FullAsync(db, c, now, ct));
    }
}
