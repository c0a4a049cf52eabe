using System.Security.Claims;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Commitments;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.ContextNotes;

/// <summary>
/// GET /api/v1/scorecards/notes: the caller's own notes and the notes of the people they lead, newest first;
/// status=Pending narrows it to what still waits for a review.
/// </summary>
public static class ListContextNotes
{
    public static async Task<List<ContextNoteView>> Handle(ContextNoteStatus? status, ClaimsPrincipal user, BatonDb db, CancellationToken ct) =>
        await ExecuteAsync(db, user, status, ct);

    public static async Task<List<ContextNoteView>> ExecuteAsync(BatonDb db, ClaimsPrincipal user, ContextNoteStatus? status, CancellationToken ct)
    {
        var me = Principals.PersonIdOf(user);
        if (me is null)
        {
            return [];
        }
        var query = db.ContextNotes.AsNoTracking();
        if (status is { } wanted)
        {
            query = query.Where(n => n.Status == wanted);
        }
        var notes = await query.OrderByDescending(n => n.CreatedAt).Take(500).ToListAsync(ct);
        var led = new HashSet<Guid>();
        foreach (var author in notes.Select(n => n.AuthorId).Distinct().Where(a => a != me))
        {
            if (await Leadership.IsLeadOfAsync(db, me.Value, author, ct))
            {
                led.Add(author);
            }
        }
        var visible = notes.Where(n => n.AuthorId == me || led.Contains(n.AuthorId)).ToList();
        return await ContextNoteView.ViewsAsync(db, visible, n => n.Status == ContextNoteStatus.Pending && led.Contains(n.AuthorId), ct);
    }

    /// <summary>The items excluded from every scorecard: those with an accepted context note.</summary>
    public static async Task<HashSet<Guid>> ExcludedItemsAsync(BatonDb db, CancellationToken ct) =>
        [.. await db.ContextNotes.AsNoTracking().Where(n => n.Status == ContextNoteStatus.Accepted).Select(n => n.ItemId).ToListAsync(ct)];
}
