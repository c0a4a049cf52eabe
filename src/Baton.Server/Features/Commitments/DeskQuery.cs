using Baton.Core.Commitments;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// What a person's Desk shows. Mine: my open commitments, overdue first, then by due time (hand-offs and requests waiting
/// for me included). OwedToMe: open commitments owed to me (requests I logged, promises made to me as a person).
/// Watching: open commitments someone else owns that I watch (e.g. what I handed to another department).
/// </summary>
public sealed record Desk(DateTime At, IReadOnlyList<CommitmentSummary> Mine, IReadOnlyList<CommitmentSummary> OwedToMe,
    IReadOnlyList<CommitmentSummary> Watching, int Overdue, int AwaitingMyAcceptance);

/// <summary>GET /api/v1/commitments/mine; the Desk page calls <see cref="LoadAsync"/> directly.</summary>
public static class DeskQuery
{
    public static async Task<Desk> LoadAsync(BatonDb db, Guid personId, DateTime now, CancellationToken ct)
    {
        var open = db.Commitments.AsNoTracking().Where(c => c.Status != CommitmentStatus.Closed);
        var mine = await CommitmentViews.OverdueFirst(open.Where(c => c.OwnerId == personId), now).AsSplitQuery().ToListAsync(ct);
        var owed = await CommitmentViews.OverdueFirst(open.Where(c => c.OwnerId != personId
            && (c.RequesterId == personId || (c.Promisee.Kind == PromiseeKind.Person && c.Promisee.Id == personId))), now).AsSplitQuery().ToListAsync(ct);
        var owedIds = owed.Select(c => c.Id).ToHashSet();
        var watching = (await CommitmentViews.OverdueFirst(open.Where(c => c.OwnerId != personId && c.Watchers.Contains(personId)), now)
            .AsSplitQuery().ToListAsync(ct)).Where(c => !owedIds.Contains(c.Id)).ToList();

        var names = await NameBook.LoadAsync(db, [.. mine, .. owed, .. watching], ct);
        return new Desk(now,
            [.. mine.Select(c => CommitmentViews.Summary(c, names, now))],
            [.. owed.Select(c => CommitmentViews.Summary(c, names, now))],
            [.. watching.Select(c => CommitmentViews.Summary(c, names, now))],
            mine.Count(c => c.IsOverdueAt(now)),
            mine.Count(c => c.AwaitingAcceptance));
    }
}
