using Baton.Core;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Timers;

/// <summary>
/// Fires due timers: claims a batch oldest first (PostgreSQL: FOR UPDATE SKIP LOCKED, so several nodes share the work
/// and none fires a row twice), applies each handler and marks the rows fired in the same transaction.
/// A timer is never claimed before its due instant.
/// </summary>
public sealed class TimerDispatcher(IServiceScopeFactory scopes, TimeProvider time, TimerMetrics metrics, IConfiguration configuration,
    ILogger<TimerDispatcher> logger)
{
    private readonly TimerOptions _options = TimerOptions.From(configuration);

    /// <summary>Fires everything due now, in bounded batches; returns how many fired.</summary>
    public async Task<int> FireDueAsync(CancellationToken ct = default)
    {
        var total = 0;
        while (!ct.IsCancellationRequested)
        {
            var fired = await FireBatchAsync(ct);
            total += fired;
            if (fired == 0)
            {
                break;
            }
        }
        return total;
    }

    /// <summary>The earliest instant at which a pending timer becomes due (or is retried), if any.</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var pending = db.Set<ScheduledTimer>().Where(t => t.FiredAt == null && t.CancelledAt == null);
        var nextDue = await pending.Where(t => t.RetryAt == null).MinAsync(t => (DateTime?)t.DueAt, ct);
        var nextRetry = await pending.Where(t => t.RetryAt != null).MinAsync(t => t.RetryAt, ct);
        return (nextDue, nextRetry) switch
        {
            (null, var r) => r,
            (var d, null) => d,
            var (d, r) => d < r ? d : r,
        };
    }

    internal async Task<int> FireBatchAsync(CancellationToken ct)
    {
        (long Id, string Kind)? failing = null;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
            var handlers = Handlers(scope.ServiceProvider);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = Instants.FromTimeProvider(time);
            var batch = await ClaimAsync(db, now, _options.BatchSize, ct);
            foreach (var timer in batch)
            {
                failing = (timer.Id, timer.Kind);
                await FireAsync(db, handlers, timer, ct);
            }
            failing = null;
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            scope.ServiceProvider.GetRequiredService<AfterCommit>().Run();
            return batch.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            if (failing is { } timer)
            {
                // A handler failed: that timer backs off at once (its handler is not run a second time now, which matters
                // for handlers that reach outside the database, such as webhooks); the rest of the batch goes again.
                await RecordFailureAsync(timer.Id, timer.Kind, ex, ct);
            }
            else
            {
                logger.LogWarning(ex, "A timer batch failed to commit; firing its timers one at a time to isolate the failure");
            }
        }
        return await FireOneByOneAsync(ct);
    }

    /// <summary>After a failed batch: each due timer in its own transaction, so one failing handler delays only its own timer.</summary>
    private async Task<int> FireOneByOneAsync(CancellationToken ct)
    {
        var fired = 0;
        for (var i = 0; i < _options.BatchSize && !ct.IsCancellationRequested; i++)
        {
            long? id = null;
            string? kind = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var now = Instants.FromTimeProvider(time);
                var timer = (await ClaimAsync(db, now, 1, ct)).SingleOrDefault();
                if (timer is null)
                {
                    break;
                }
                (id, kind) = (timer.Id, timer.Kind);
                await FireAsync(db, Handlers(scope.ServiceProvider), timer, ct);
                await db.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                scope.ServiceProvider.GetRequiredService<AfterCommit>().Run();
                fired++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && id is not null)
            {
                await RecordFailureAsync(id.Value, kind!, ex, ct);
            }
        }
        return fired;
    }

    private async Task FireAsync(BatonDb db, Dictionary<string, ITimerHandler> handlers, ScheduledTimer timer, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        if (!handlers.TryGetValue(timer.Kind, out var handler))
        {
            throw new InvalidOperationException($"No handler for timer kind '{timer.Kind}'.");
        }
        await handler.HandleAsync(db, timer, now, ct);
        timer.FiredAt = now;
        metrics.Fired(timer.Kind, now - timer.DueAt);
    }

    private async Task RecordFailureAsync(long id, string kind, Exception error, CancellationToken ct)
    {
        metrics.Failed(kind);
        logger.LogError(error, "Timer {TimerId} ({Kind}) failed; it will be retried", id, kind);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var timer = await db.Set<ScheduledTimer>().SingleAsync(t => t.Id == id, ct);
        timer.Failures++;
        timer.LastError = error.Message.Length > 2000 ? error.Message[..2000] : error.Message;
        // 5 s, 10 s, 20 s … capped at 10 minutes: a broken handler must not spin, a transient failure must not wait long.
        var backoff = TimeSpan.FromSeconds(Math.Min(600, 5 * Math.Pow(2, Math.Min(timer.Failures - 1, 10))));
        timer.RetryAt = Instants.FromTimeProvider(time) + backoff;
        await db.SaveChangesAsync(ct);
    }

    private static async Task<List<ScheduledTimer>> ClaimAsync(BatonDb db, DateTime now, int limit, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            return await db.Set<ScheduledTimer>().FromSqlInterpolated($"""
                SELECT * FROM timers
                WHERE "FiredAt" IS NULL AND "CancelledAt" IS NULL AND "DueAt" <= {now}
                  AND ("RetryAt" IS NULL OR "RetryAt" <= {now})
                ORDER BY "DueAt", "Id"
                LIMIT {limit}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(ct);
        }
        // SQLite has one writer at a time and Microsoft.Data.Sqlite transactions are immediate: the claim is already exclusive.
        return await db.Set<ScheduledTimer>()
            .Where(t => t.FiredAt == null && t.CancelledAt == null && t.DueAt <= now && (t.RetryAt == null || t.RetryAt <= now))
            .OrderBy(t => t.DueAt).ThenBy(t => t.Id)
            .Take(limit)
            .ToListAsync(ct);
    }

    private static Dictionary<string, ITimerHandler> Handlers(IServiceProvider services) =>
        services.GetServices<ITimerHandler>().ToDictionary(h => h.Kind, StringComparer.Ordinal);
}
