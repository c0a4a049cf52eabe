using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Notifications;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>
/// POST /api/v1/feedback/{id}/response {text} and POST /api/v1/feedback/anonymous/{groupId}/response {text}: the receiver
/// responds once, which keeps (closes as Kept) the commitment that tracked the response.
/// </summary>
public static class RespondToFeedback
{
    public sealed record Request(string? Text);

    public static async Task<Results<Ok<FeedbackView>, NotFound>> Named(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var view = await NamedAsync(id, request, user, db, time, live, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<FeedbackView?> NamedAsync(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, LiveUpdates live,
        CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var now = Instants.FromTimeProvider(time);
        var entry = await db.FeedbackEntries.FirstOrDefaultAsync(f => f.Id == id && (f.GiverId == me || f.ReceiverId == me), ct);
        if (entry is null)
        {
            return null;
        }
        var told = entry.Respond(me, request.Text, now);
        db.Notifications.Add(new Notification(Guid.CreateVersion7(), told.PersonId, entry.ResponseCommitmentId, told.Text, now));
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("feedback", entry.Id), AuditEventType.FeedbackResponded, null,
            new { entry.RespondedAt }, null, ct);
        await KeepAsync(db, live, user, me, entry.ResponseCommitmentId, now, ct);
        return (await FeedbackViews.ViewsAsync(db, [entry], ct))[0];
    }

    public static async Task<Results<Ok<AnonymousAggregateView>, NotFound>> Anonymous(Guid groupId, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var view = await AnonymousAsync(groupId, request, user, db, time, live, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<AnonymousAggregateView?> AnonymousAsync(Guid groupId, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var now = Instants.FromTimeProvider(time);
        var group = await db.AnonymousFeedbackGroups.FirstOrDefaultAsync(g => g.Id == groupId, ct);
        if (group is null || !await FeedbackReceivers.MayReadAggregateAsync(db, me, group, ct))
        {
            return null;
        }
        group.Respond(me, request.Text, now);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("anonymous-feedback-group", group.Id), AuditEventType.AnonymousFeedbackResponded,
            null, new { group.RespondedAt }, null, ct);
        await KeepAsync(db, live, user, me, group.ResponseCommitmentId, now, ct);
        return (await AnonymousFeedbackQueries.ViewsAsync(db, [group], ct)).Single();
    }

    /// <summary>
    /// Closes the response commitment as Kept (following renegotiations to the open one) and saves everything. The receiver
    /// answering keeps the promise to answer, whoever holds it now, so they close it with a lead's standing.
    /// </summary>
    private static async Task KeepAsync(BatonDb db, LiveUpdates live, ClaimsPrincipal user, Guid me, Guid? commitmentId, DateTime now, CancellationToken ct)
    {
        var commitment = commitmentId is { } id ? await CommitmentWork.FindAsync(db, id, ct) : null;
        while (commitment is { RenegotiatedToId: { } next })
        {
            commitment = await CommitmentWork.FindAsync(db, next, ct);
        }
        if (commitment is null || commitment.IsClosed)
        {
            await db.SaveChangesAsync(ct);
            return;
        }
        var effects = commitment.Close(Outcome.Kept, "Responded to the feedback", null, me, actorIsLeadOfOwner: true, now);
        await CommitmentWork.SaveAsync(db, live, user, now, effects, [commitment], ct);
    }
}
