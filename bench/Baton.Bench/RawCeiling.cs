using System.Collections.Concurrent;
using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Baton.Server.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Baton.Bench;

/// <summary>
/// The database's own ceiling for what one telephony event writes, measured with plain ADO.NET in the database Baton
/// just used: per event, the reads Baton makes (delivery seen? the call's interaction and earlier events, the audit
/// chain's head) outside a transaction, then one transaction inserting the event, inserting or updating the
/// interaction and appending a hash-chained audit row. C workers, each owning its calls, as in the Baton phase.
/// </summary>
public static class RawCeiling
{
    public static async Task<TelephonyLoad.Phase> RunAsync(DatabaseProvider provider, string connectionString, int events, int clients)
    {
        await using (var setup = Open(provider, connectionString))
        {
            await setup.OpenAsync();
            await ExecuteAsync(setup, null, provider == DatabaseProvider.Postgres ? PostgresSchema : SqliteSchema);
        }
        var latencies = new ConcurrentBag<double>();
        var done = 0;
        var start = DateTime.UtcNow;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, clients), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (worker, ct) =>
        {
            await using var connection = Open(provider, connectionString);
            await connection.OpenAsync(ct);
            for (var call = worker; Volatile.Read(ref done) < events; call += clients)
            {
                var callId = $"raw-{call}@bench";
                foreach (var (name, offset) in TelephonyLoad.Script(call))
                {
                    if (Interlocked.Increment(ref done) > events)
                    {
                        return;
                    }
                    var sent = Stopwatch.GetTimestamp();
                    await WriteEventAsync(connection, callId, name, start.AddSeconds(call * 0.01 + offset), ct);
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                }
            }
        });
        return new TelephonyLoad.Phase(latencies.Count, clock.Elapsed, LagSummary.Of(latencies), 0);
    }

    private static DbConnection Open(DatabaseProvider provider, string connectionString) => provider == DatabaseProvider.Postgres
        ? new NpgsqlConnection(connectionString)
        : new SqliteConnection(connectionString);

    private static async Task WriteEventAsync(DbConnection db, string callId, string kind, DateTime at, CancellationToken ct)
    {
        var deliveryId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{callId}\n{kind}\n{at:O}")));
        if (await ScalarAsync(db, null, "SELECT 1 FROM raw_call_events WHERE delivery_id = @p0", ct, deliveryId) is not null)
        {
            return;
        }
        var interaction = await ScalarAsync(db, null, "SELECT id FROM raw_interactions WHERE call_id = @p0", ct, callId) as string;
        var earlier = 0;
        await using (var read = Command(db, null, "SELECT kind, at FROM raw_call_events WHERE call_id = @p0", callId))
        await using (var reader = await read.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                earlier++;
            }
        }
        var subject = $"interaction/{interaction ?? callId}";
        string? headHash = null;
        long headSequence = 0;
        await using (var head = Command(db, null, "SELECT sequence, hash FROM raw_audit WHERE subject = @p0 ORDER BY sequence DESC LIMIT 1", subject))
        await using (var reader = await head.ExecuteReaderAsync(ct))
        {
            if (await reader.ReadAsync(ct))
            {
                headSequence = reader.GetInt64(0);
                headHash = reader.GetString(1);
            }
        }

        await using var tx = await db.BeginTransactionAsync(ct);
        var now = DateTime.UtcNow;
        await ExecuteAsync(db, tx, "INSERT INTO raw_call_events (id, delivery_id, call_id, kind, at, caller, queue, received_at) VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)",
            ct, Guid.CreateVersion7().ToString(), deliveryId, callId, kind, at, "+12025550100", "sales", now);
        if (interaction is null)
        {
            await ExecuteAsync(db, tx, "INSERT INTO raw_interactions (id, call_id, status, queued_at, event_count, version, updated_at) VALUES (@p0, @p1, @p2, @p3, 1, 1, @p4)",
                ct, Guid.CreateVersion7().ToString(), callId, kind, at, now);
        }
        else
        {
            await ExecuteAsync(db, tx, "UPDATE raw_interactions SET status = @p0, event_count = @p1, version = version + 1, updated_at = @p2 WHERE id = @p3",
                ct, kind, earlier + 1, now, interaction);
        }
        var after = $"{{\"event\":\"{kind}\",\"at\":\"{at:O}\"}}";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{subject}|{headSequence + 1}|{after}|{headHash}")));
        await ExecuteAsync(db, tx, "INSERT INTO raw_audit (subject, sequence, at, after, previous_hash, hash) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            ct, subject, headSequence + 1, now, after, headHash ?? "", hash);
        await tx.CommitAsync(ct);
    }

    private static DbCommand Command(DbConnection db, DbTransaction? tx, string sql, params object[] values)
    {
        var command = db.CreateCommand();
        command.CommandText = sql;
        command.Transaction = tx;
        for (var i = 0; i < values.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "p" + i.ToString(CultureInfo.InvariantCulture);
            parameter.Value = values[i];
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task<object?> ScalarAsync(DbConnection db, DbTransaction? tx, string sql, CancellationToken ct, params object[] values)
    {
        await using var command = Command(db, tx, sql, values);
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection db, DbTransaction? tx, string sql, CancellationToken ct = default, params object[] values)
    {
        await using var command = Command(db, tx, sql, values);
        await command.ExecuteNonQueryAsync(ct);
    }

    private const string SqliteSchema = """
        CREATE TABLE IF NOT EXISTS raw_call_events (id TEXT PRIMARY KEY, delivery_id TEXT NOT NULL UNIQUE, call_id TEXT NOT NULL, kind TEXT NOT NULL,
            at TEXT NOT NULL, caller TEXT NOT NULL, queue TEXT NOT NULL, received_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_raw_call_events_call ON raw_call_events (call_id);
        CREATE TABLE IF NOT EXISTS raw_interactions (id TEXT PRIMARY KEY, call_id TEXT NOT NULL UNIQUE, status TEXT NOT NULL, queued_at TEXT NOT NULL,
            event_count INTEGER NOT NULL, version INTEGER NOT NULL, updated_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS raw_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, subject TEXT NOT NULL, sequence INTEGER NOT NULL, at TEXT NOT NULL,
            after TEXT NOT NULL, previous_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (subject, sequence));
        """;

    private const string PostgresSchema = """
        CREATE TABLE IF NOT EXISTS raw_call_events (id text PRIMARY KEY, delivery_id text NOT NULL UNIQUE, call_id text NOT NULL, kind text NOT NULL,
            at timestamptz NOT NULL, caller text NOT NULL, queue text NOT NULL, received_at timestamptz NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_raw_call_events_call ON raw_call_events (call_id);
        CREATE TABLE IF NOT EXISTS raw_interactions (id text PRIMARY KEY, call_id text NOT NULL UNIQUE, status text NOT NULL, queued_at timestamptz NOT NULL,
            event_count integer NOT NULL, version integer NOT NULL, updated_at timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS raw_audit (id bigserial PRIMARY KEY, subject text NOT NULL, sequence bigint NOT NULL, at timestamptz NOT NULL,
            after text NOT NULL, previous_hash text NOT NULL, hash text NOT NULL, UNIQUE (subject, sequence));
        """;
}
