using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Audit;

/// <summary>Seals the head of every subject changed since the previous checkpoint and chains the checkpoint to it.</summary>
public static class AuditCheckpoints
{
    public static async Task<AuditCheckpoint?> SealAsync(BatonDb db, DateTime now, CancellationToken ct = default)
    {
        // SQLite transactions from Microsoft.Data.Sqlite are immediate: writers wait. On PostgreSQL the SHARE lock waits for
        // in-flight writers to commit, so no event with an id under the new watermark can appear after the checkpoint.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlRawAsync("LOCK TABLE audit_checkpoints IN EXCLUSIVE MODE; LOCK TABLE audit_events IN SHARE MODE;", ct);
        }
        var last = await db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Number).FirstOrDefaultAsync(ct);
        var watermark = last?.LastEventId ?? 0;
        var changed = await db.AuditEvents.AsNoTracking()
            .Where(e => e.Id > watermark)
            .Select(e => new { e.Id, e.Subject, e.Sequence, e.Hash })
            .ToListAsync(ct);
        if (changed.Count == 0)
        {
            return null;
        }
        var heads = changed
            .GroupBy(e => e.Subject, StringComparer.Ordinal)
            .Select(g => g.MaxBy(e => e.Sequence)!)
            .Select(e => new SealedHead(e.Subject, e.Sequence, e.Hash))
            .OrderBy(h => h.Subject, StringComparer.Ordinal)
            .ToList();
        var number = (last?.Number ?? 0) + 1;
        var at = Instants.Normalize(now);
        var lastEventId = changed.Max(e => e.Id);
        var previousHash = last?.Hash ?? AuditHash.Genesis;
        var checkpoint = new AuditCheckpoint
        {
            Number = number,
            At = at,
            LastEventId = lastEventId,
            Heads = heads,
            PreviousHash = previousHash,
            Hash = AuditHash.OfCheckpoint(number, at, lastEventId, heads, previousHash),
        };
        db.AuditCheckpoints.Add(checkpoint);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return checkpoint;
    }

    public static Task<AuditVerification> VerifyAsync(BatonDb db, CancellationToken ct = default) => Task.Run(() =>
    {
        var checkpoints = db.AuditCheckpoints.AsNoTracking().OrderBy(c => c.Number).AsEnumerable().Select(c => c.ToRecord());
        var events = db.AuditEvents.AsNoTracking().OrderBy(e => e.Subject).ThenBy(e => e.Sequence).AsEnumerable().Select(e => e.ToRecord());
        return AuditVerifier.Verify(checkpoints, events);
    }, ct);
}

/// <summary>Writes a checkpoint every few seconds (Audit:CheckpointSeconds, default 5) while events keep arriving.</summary>
public sealed class AuditCheckpointService(IServiceScopeFactory scopes, TimeProvider time, IConfiguration configuration, ILogger<AuditCheckpointService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(configuration.GetValue("Audit:CheckpointSeconds", 5.0));
        using var timer = new PeriodicTimer(interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
                await AuditCheckpoints.SealAsync(db, Instants.FromTimeProvider(time), stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Audit checkpoint failed; retrying at the next interval");
            }
        }
    }
}
