using Baton.Core.Metrics;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.ContextNotes;

/// <summary>A context note as people read it, with names and what the item is.</summary>
public sealed record ContextNoteView(
    Guid Id, ContextItemKind ItemKind, Guid ItemId, string ItemWhat, Guid AuthorId, string AuthorName, string Text, DateTime CreatedAt,
    ContextNoteStatus Status, Guid? ReviewerId, string? ReviewerName, DateTime? ReviewedAt, string? ReviewReason, bool MayReview)
{
    public static async Task<List<ContextNoteView>> ViewsAsync(BatonDb db, IReadOnlyList<ContextNote> notes, Func<ContextNote, bool> mayReview,
        CancellationToken ct)
    {
        var personIds = notes.Select(n => n.AuthorId).Concat(notes.Where(n => n.ReviewerId is not null).Select(n => n.ReviewerId!.Value)).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var itemIds = notes.Select(n => n.ItemId).Distinct().ToList();
        var whats = await db.Commitments.AsNoTracking().IgnoreAutoIncludes().Where(c => itemIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.What, ct);
        return
        [
            .. notes.Select(n => new ContextNoteView(n.Id, n.ItemKind, n.ItemId, whats.GetValueOrDefault(n.ItemId, n.ItemKind.ToString()), n.AuthorId,
                names.GetValueOrDefault(n.AuthorId, "?"), n.Text, n.CreatedAt, n.Status, n.ReviewerId,
                n.ReviewerId is { } r ? names.GetValueOrDefault(r, "?") : null, n.ReviewedAt, n.ReviewReason, mayReview(n))),
        ];
    }
}
