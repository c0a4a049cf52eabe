using System.Security.Claims;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>
/// GET /api/v1/feedback/received, /given and /{id}: named feedback the signed-in person must answer or gave. Someone else's is 404.
/// Anonymous feedback is never listed here, not even to its giver: Baton does not know who that was.
/// </summary>
public static class FindFeedback
{
    public static async Task<Ok<List<FeedbackView>>> Received(ClaimsPrincipal user, BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await ReceivedAsync(db, CommitmentWork.RequirePerson(user), ct));

    public static async Task<Ok<List<FeedbackView>>> Given(ClaimsPrincipal user, BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await GivenAsync(db, CommitmentWork.RequirePerson(user), ct));

    public static async Task<Results<Ok<FeedbackView>, NotFound>> Get(Guid id, ClaimsPrincipal user, BatonDb db, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var entry = await db.FeedbackEntries.AsNoTracking().FirstOrDefaultAsync(f => f.Id == id && (f.GiverId == me || f.ReceiverId == me), ct);
        return entry is null ? TypedResults.NotFound() : TypedResults.Ok((await FeedbackViews.ViewsAsync(db, [entry], ct))[0]);
    }

    public static async Task<List<FeedbackView>> ReceivedAsync(BatonDb db, Guid personId, CancellationToken ct) =>
        await FeedbackViews.ViewsAsync(db, await db.FeedbackEntries.AsNoTracking().Where(f => f.ReceiverId == personId).ToListAsync(ct), ct);

    public static async Task<List<FeedbackView>> GivenAsync(BatonDb db, Guid personId, CancellationToken ct) =>
        await FeedbackViews.ViewsAsync(db, await db.FeedbackEntries.AsNoTracking().Where(f => f.GiverId == personId).ToListAsync(ct), ct);
}
