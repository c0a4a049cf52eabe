using Baton.Core.Commitments;
using Baton.Core.Feedback;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Feedback;

/// <summary>Named feedback with names resolved and the state of its response commitment.</summary>
public sealed record FeedbackView(Guid Id, Guid GiverId, string GiverName, FeedbackTargetKind TargetKind, Guid? TargetId, string TargetName,
    Guid ReceiverId, string ReceiverName, FeedbackItemKind? ItemKind, Guid? ItemId, FeedbackTheme Theme, string Text, DateTime CreatedAt,
    DateTime RespondBy, Guid ResponseCommitmentId, CommitmentStatus? ResponseCommitmentStatus, string? Response, DateTime? RespondedAt);

/// <summary>
/// What is shown of one receiver's anonymous feedback in one month, and only once at least three distinct people gave it:
/// counts, themes and texts (sorted by text), never a giver, an instant or an item.
/// </summary>
public sealed record AnonymousAggregateView(Guid GroupId, FeedbackTargetKind TargetKind, Guid? TargetId, string TargetName, DateTime PeriodStart,
    int Givers, int Items, IReadOnlyList<ThemeCount> Themes, IReadOnlyList<string> Texts, Guid ReceiverId, string ReceiverName,
    DateTime RespondBy, Guid? ResponseCommitmentId, string? Response, DateTime? RespondedAt);

/// <summary>The receiver's response to anonymous feedback the signed-in person contributed to; no one else's texts.</summary>
public sealed record AnonymousResponseView(Guid GroupId, FeedbackTargetKind TargetKind, Guid? TargetId, string TargetName, DateTime PeriodStart,
    string ReceiverName, string? Response, DateTime? RespondedAt);

/// <summary>What the giver of anonymous feedback is told: no id, no count, nothing that could be traced back.</summary>
public sealed record AnonymousReceipt(string Message);

public static class FeedbackViews
{
    public static async Task<List<FeedbackView>> ViewsAsync(BatonDb db, IReadOnlyCollection<FeedbackEntry> entries, CancellationToken ct)
    {
        var names = await FeedbackReceivers.NamesAsync(db, ct);
        var ids = entries.Select(e => e.ResponseCommitmentId).ToList();
        var states = await db.Commitments.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Status, ct);
        return
        [
            .. entries.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.Id).Select(e => new FeedbackView(e.Id, e.GiverId,
                names(FeedbackTargetKind.Person, e.GiverId), e.TargetKind, e.TargetId, names(e.TargetKind, e.TargetId), e.ReceiverId,
                names(FeedbackTargetKind.Person, e.ReceiverId), e.ItemKind, e.ItemId, e.Theme, e.Text, e.CreatedAt, e.RespondBy,
                e.ResponseCommitmentId, states.TryGetValue(e.ResponseCommitmentId, out var s) ? s : null, e.Response, e.RespondedAt)),
        ];
    }
}
