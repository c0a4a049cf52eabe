using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.ContextNotes;

/// <summary>
/// POST /api/v1/scorecards/notes/{id}/review: someone who leads the author accepts the note (the item is excluded from
/// every scorecard) or declines it with a reason. The author is told either way.
/// </summary>
public static class ReviewContextNote
{
    public enum Decision
    {
        Accept = 1,
        Decline = 2,
    }

    public sealed record Request(Decision? Decision, string? Reason);

    public static async Task<Results<Ok<ContextNoteView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<ContextNoteView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, Request request, CancellationToken ct)
    {
        var reviewerId = Principals.PersonIdOf(user) ?? throw new NotPermittedException("user", "Only a person can review a context note.");
        var note = await db.ContextNotes.FirstOrDefaultAsync(n => n.Id == id, ct);
        if (note is null)
        {
            return null;
        }
        if (reviewerId != note.AuthorId && !await Leadership.IsLeadOfAsync(db, reviewerId, note.AuthorId, ct))
        {
            throw new NotPermittedException("id", "Only someone who leads the author can review their context note.");
        }
        var decision = request.Decision ?? throw new DomainException("decision", "Accept or Decline the note.");
        var type = decision switch
        {
            Decision.Accept => AuditEventType.ContextNoteAccepted,
            Decision.Decline => AuditEventType.ContextNoteDeclined,
            _ => throw new DomainException("decision", "Accept or Decline the note."),
        };
        if (decision == Decision.Accept)
        {
            note.Accept(reviewerId, request.Reason, now);
        }
        else
        {
            note.Decline(reviewerId, request.Reason, now);
        }

        var text = decision == Decision.Accept
            ? "Your context note was accepted: the item no longer counts on anyone's scorecard."
            : $"Your context note was declined: {note.ReviewReason}";
        db.Notifications.Add(new Notification(Guid.CreateVersion7(), note.AuthorId, note.ItemId, text, now));
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("context-note", note.Id), type,
            new { Status = ContextNoteStatus.Pending }, new { note.Status, note.ReviewReason }, note.ReviewReason, ct);
        await db.SaveChangesAsync(ct);
        return (await ContextNoteView.ViewsAsync(db, [note], _ => false, ct))[0];
    }
}
