using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>
/// Recounts every daily tally from the facts, calls and surveys, in one transaction: for a database from before the
/// tallies existed, and for data loaded in bulk around the application (the load harness).
/// </summary>
public static class DailyTallyRebuild
{
    private const int Batch = 2000;

    /// <summary>Rebuilds the tallies when there are none (cheap on an empty database); returns the rows written.</summary>
    public static async Task<int> RunIfMissingAsync(BatonDb db, CancellationToken ct = default) =>
        await db.DailyTallies.AnyAsync(ct) ? 0 : await RunAsync(db, ct);

    public static async Task<int> RunAsync(BatonDb db, CancellationToken ct = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.DailyTallies.ExecuteDeleteAsync(ct);
        var days = new Dictionary<(Guid PersonId, int Day), double[]>();
        await foreach (var fact in db.CommitmentFacts.AsNoTracking().AsAsyncEnumerable().WithCancellation(ct))
        {
            TallyContributions.AddTo(days, TallyContributions.Of(fact));
        }
        var calls = db.Interactions.AsNoTracking()
            .Where(i => i.AgentId != null && i.AnsweredAt != null && i.HandleSeconds != null)
            .Select(CallTallyInput.FromRow);
        await foreach (var call in calls.AsAsyncEnumerable().WithCancellation(ct))
        {
            TallyContributions.AddTo(days, TallyContributions.Of(call));
        }
        var surveys = db.InteractionSurveys.AsNoTracking().Select(SurveyTallyInput.FromRow);
        await foreach (var survey in surveys.AsAsyncEnumerable().WithCancellation(ct))
        {
            TallyContributions.AddTo(days, TallyContributions.Of(survey));
        }

        var written = 0;
        foreach (var chunk in days.Where(d => d.Value.Any(v => v != 0)).Chunk(Batch))
        {
            foreach (var ((person, day), counters) in chunk)
            {
                DailyTallyRows.Add(db, person, day, counters);
            }
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
            written += chunk.Length;
        }
        await transaction.CommitAsync(ct);
        return written;
    }
}
