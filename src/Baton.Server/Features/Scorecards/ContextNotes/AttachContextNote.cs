using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Notifications;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.ContextNotes;

/// <summary>
/// POST /api/v1/scorecards/notes: a person explains an item that affects their own metrics — a commitment they own or
/// once held, or a call they handled. Their leads are told and one of them accepts (the item is excluded) or declines it with a reason.
/// One open or accepted note per item and author.
/// </summary>
public static class AttachContextNote
{
    public sealed record Request(ContextItemKind? ItemKind, Guid? ItemId, string? Text);

    public static async Task<Created<ContextNoteView>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), request, ct);
        return TypedResults.Created($"/api/v1/scorecards/notes/{view.Id:D}", view);
    }

    public static async Task<ContextNoteView> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Request request, CancellationToken ct)
    {
        var authorId = Principals.PersonIdOf(user) ?? throw new NotPermittedException("user", "Only a person can explain their own items.");
        var kind = request.ItemKind ?? ContextItemKind.Commitment;
        var itemId = request.ItemId ?? throw new DomainException("itemId", "Say which item the note is about.");
        var note = new ContextNote(Guid.CreateVersion7(), kind, itemId, authorId, request.Text ?? "", now);
        var what = kind switch
        {
            ContextItemKind.Commitment => await CommitmentOfAsync(db, itemId, authorId, ct),
            ContextItemKind.Interaction => await InteractionOfAsync(db, itemId, authorId, ct),
            _ => throw new DomainException("itemKind", "A context note is attached to a commitment or an interaction."),
        };
        if (await db.ContextNotes.AnyAsync(n => n.ItemId == itemId && n.AuthorId == authorId && n.Status != ContextNoteStatus.Declined, ct))
        {
            throw new ConflictException("itemId", "You already explained this item; wait for the review of that note.");
        }

        db.ContextNotes.Add(note);
        var author = await db.People.AsNoTracking().Where(p => p.Id == authorId).Select(p => p.DisplayName).FirstAsync(ct);
        foreach (var lead in await ReviewersOfAsync(db, authorId, ct))
        {
            db.Notifications.Add(new Notification(Guid.CreateVersion7(), lead, itemId,
                $"{author} added context to \"{what}\" and asks you to review it on their scorecard.", now));
        }
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("context-note", note.Id), AuditEventType.ContextNoteAttached, null,
            new { note.ItemKind, note.ItemId, note.Text }, ct: ct);
        await db.SaveChangesAsync(ct);
        return (await ContextNoteView.ViewsAsync(db, [note], _ => false, ct))[0];
    }

    /// <summary>The commitment's description, if the author owns it or once held it; otherwise the note is refused.</summary>
    private static async Task<string> CommitmentOfAsync(BatonDb db, Guid commitmentId, Guid authorId, CancellationToken ct)
    {
        var commitment = await db.Commitments.AsNoTracking().Where(c => c.Id == commitmentId)
            .Select(c => new { c.What, c.OwnerId, Held = c.Custody.Any(t => t.ToId == authorId) }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("itemId", "There is no such commitment.");
        if (commitment.OwnerId != authorId && !commitment.Held)
        {
            throw new NotPermittedException("itemId", "You can only add context to items that count on your own scorecard.");
        }
        return commitment.What;
    }

    /// <summary>The call's description, if the author handled it (its figures are theirs); otherwise the note is refused.</summary>
    private static async Task<string> InteractionOfAsync(BatonDb db, Guid interactionId, Guid authorId, CancellationToken ct)
    {
        var call = await db.Interactions.AsNoTracking().Where(i => i.Id == interactionId)
            .Select(i => new { i.Caller, i.QueueName, i.AgentId }).FirstOrDefaultAsync(ct)
            ?? throw new DomainException("itemId", "There is no such call.");
        if (call.AgentId != authorId)
        {
            throw new NotPermittedException("itemId", "You can only add context to calls you handled.");
        }
        return $"Call from {call.Caller} ({call.QueueName})";
    }

    /// <summary>Who is told: the author's team lead and the head of their department (when they are not the author).</summary>
    private static async Task<List<Guid>> ReviewersOfAsync(BatonDb db, Guid authorId, CancellationToken ct)
    {
        var team = await (
            from p in db.People.AsNoTracking()
            join t in db.Teams on p.TeamId equals t.Id
            join d in db.Departments on t.DepartmentId equals d.Id
            where p.Id == authorId
            select new { t.LeadId, d.HeadId }).FirstOrDefaultAsync(ct);
        return new[] { team?.LeadId, team?.HeadId }.OfType<Guid>().Where(id => id != authorId).Distinct().ToList();
    }
}
