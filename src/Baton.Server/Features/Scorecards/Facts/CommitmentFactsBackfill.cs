using Baton.Core.Metrics;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.Facts;

/// <summary>Writes the fact rows of commitments that have none (a database from before the facts existed), in batches.</summary>
public static class CommitmentFactsBackfill
{
    public static async Task<int> RunAsync(BatonDb db, CancellationToken ct = default)
    {
        var written = 0;
        while (true)
        {
            var missing = await db.Commitments.AsNoTracking().AsSplitQuery()
                .Where(c => !db.CommitmentFacts.Any(f => f.Id == c.Id))
                .OrderBy(c => c.Id).Take(1000).ToListAsync(ct);
            if (missing.Count == 0)
            {
                return written;
            }
            db.CommitmentFacts.AddRange(missing.Select(c => CommitmentFactRow.From(CommitmentFacts.From(c))));
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            written += missing.Count;
        }
    }
}
