using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>
/// Folds the rows each save appended for a person's day into one, every few minutes, so a scorecard keeps summing
/// about one row per member and day. Rows appended while it folds are left for the next round, never lost: it deletes
/// only the rows it read, and a round that finds them already folded by another node gives way.
/// </summary>
public sealed class DailyTallyCompactor(IServiceScopeFactory scopes, TimeProvider time, ILogger<DailyTallyCompactor> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private const int DaysPerRound = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await CompactAsync(scope.ServiceProvider.GetRequiredService<BatonDb>(), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Folding the daily tallies failed; retrying at the next round");
            }
            try
            {
                await Task.Delay(Interval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Folds every person's day that has several rows into one row (none when they cancel out); returns the days folded.</summary>
    public static async Task<int> CompactAsync(BatonDb db, CancellationToken ct = default)
    {
        var folded = 0;
        while (true)
        {
            var days = await db.DailyTallies.GroupBy(t => new { t.PersonId, t.Day }).Where(g => g.Count() > 1).Select(g => g.Key)
                .Take(DaysPerRound).ToListAsync(ct);
            if (days.Count == 0)
            {
                return folded;
            }
            foreach (var day in days)
            {
                var rows = await db.DailyTallies.Where(t => t.PersonId == day.PersonId && t.Day == day.Day).ToListAsync(ct);
                var sum = new double[TallyColumns.Count];
                foreach (var row in rows)
                {
                    var counters = DailyTallyRows.Read(db, row);
                    for (var i = 0; i < sum.Length; i++)
                    {
                        sum[i] += counters[i];
                    }
                }
                db.DailyTallies.RemoveRange(rows);
                if (sum.Any(v => v != 0))
                {
                    DailyTallyRows.Add(db, day.PersonId, day.Day, sum);
                }
            }
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another node folded some of these rows first (nothing of ours was saved): leave the rest to it.
                db.ChangeTracker.Clear();
                return folded;
            }
            db.ChangeTracker.Clear();
            folded += days.Count;
        }
    }
}
