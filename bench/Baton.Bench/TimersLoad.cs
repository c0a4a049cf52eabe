using System.Diagnostics;
using System.Globalization;
using System.Net;
using Baton.Core;
using Baton.Server.Data;
using Baton.Server.Features.Timers;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Bench;

/// <summary>
/// Load harness for durable timers: N pending timers due far away, then a burst of B due within one second, fired by the
/// real TimerService; lag per timer is FiredAt − DueAt read back from the table. Optionally the same load on Hangfire.
/// </summary>
public static class TimersLoad
{
    public const string PendingKind = "bench.pending";
    public const string BurstKind = "bench.burst";

    public static async Task<int> RunAsync(string[] args)
    {
        LoadOptions options;
        try
        {
            options = LoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + LoadOptions.Usage);
            return 2;
        }
        Console.WriteLine($"timers-load: provider={options.Provider} pending={options.Pending:N0} burst={options.Burst:N0} single={options.Single:N0} " +
            $"save-batch={options.SaveBatch:N0} dispatcher-batch={options.DispatcherBatch} peer={(options.Peer ? "hangfire" : "none")}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, loadavg at start: {LoadAverage()}");
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();

        var baton = await RunBatonAsync(options);
        LoadResult? hangfire = null;
        if (options.Peer)
        {
            hangfire = await HangfirePeer.RunAsync(options);
        }

        Console.WriteLine();
        Console.WriteLine($"wall {wall.Elapsed.TotalSeconds:F0} s, this process used {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:F0} s CPU; loadavg at end: {LoadAverage()}");
        Console.WriteLine();
        Console.WriteLine(LoadResult.Table(baton, hangfire));
        return baton.Fired == baton.Burst && (hangfire is null || hangfire.Fired == hangfire.Burst) ? 0 : 1;
    }

    private static async Task<LoadResult> RunBatonAsync(LoadOptions options)
    {
        var (provider, connectionString, cleanup) = await FreshBatonDatabaseAsync(options);
        try
        {
            await using var node = BatonNode.Create(provider, connectionString, options.DispatcherBatch);
            await node.WithDbAsync(db => db.MigrateAsync());
            // A live node: the dispatcher runs (and is nudged by each save that adds timers) while timers are scheduled.
            await node.StartAsync();

            var deadline = Stopwatch.StartNew();
            var far = Instants.FromTimeProvider(TimeProvider.System) + TimeSpan.FromDays(30);
            var scheduled = 0;
            while (scheduled < options.Pending && deadline.Elapsed < options.PhaseBudget)
            {
                var n = Math.Min(options.SaveBatch, options.Pending - scheduled);
                var first = scheduled;
                await node.WithDbAsync(db =>
                {
                    var now = Instants.FromTimeProvider(TimeProvider.System);
                    for (var i = 0; i < n; i++)
                    {
                        db.Schedule(PendingKind, Guid.CreateVersion7(), far + TimeSpan.FromMilliseconds(first + i), now);
                    }
                    return db.SaveChangesAsync();
                });
                scheduled += n;
                if (scheduled % 100_000 < options.SaveBatch || scheduled == options.Pending)
                {
                    Console.WriteLine($"  baton: {scheduled:N0} pending scheduled, {scheduled / deadline.Elapsed.TotalSeconds:N0} timers/s");
                }
            }
            var pendingRate = scheduled / deadline.Elapsed.TotalSeconds;

            var single = Stopwatch.StartNew();
            var singles = 0;
            for (; singles < options.Single && single.Elapsed < options.PhaseBudget; singles++)
            {
                var k = singles;
                await node.WithDbAsync(db =>
                {
                    var now = Instants.FromTimeProvider(TimeProvider.System);
                    db.Schedule(PendingKind, Guid.CreateVersion7(), far + TimeSpan.FromDays(1) + TimeSpan.FromMilliseconds(k), now);
                    return db.SaveChangesAsync();
                });
            }
            var singleRate = singles / single.Elapsed.TotalSeconds;
            Console.WriteLine($"  baton: {singles:N0} more scheduled one per SaveChanges, {singleRate:N0} timers/s");

            var burst = BurstPlan.Start(options.Burst, options.Lead);
            var burstWatch = Stopwatch.StartNew();
            for (var done = 0; done < options.Burst;)
            {
                var n = Math.Min(options.SaveBatch, options.Burst - done);
                var first = done;
                await node.WithDbAsync(db =>
                {
                    var now = Instants.FromTimeProvider(TimeProvider.System);
                    for (var i = first; i < first + n; i++)
                    {
                        db.Schedule(BurstKind, Guid.CreateVersion7(), burst.DueAt(i), now);
                    }
                    return db.SaveChangesAsync();
                });
                done += n;
            }
            var burstScheduled = burstWatch.Elapsed;
            Console.WriteLine($"  baton: burst of {options.Burst:N0} scheduled in {burstScheduled.TotalSeconds:F2} s, first due at +{options.Lead.TotalSeconds:F1} s");

            var fired = 0;
            while (fired < options.Burst && burst.WaitedPastFirstDue() < options.FireTimeout)
            {
                await Task.Delay(200);
                fired = await node.WithDbAsync(db => db.Timers.CountAsync(t => t.Kind == BurstKind && t.FiredAt != null));
            }
            await node.StopAsync();
            var rows = await node.WithDbAsync(db => db.Timers.Where(t => t.Kind == BurstKind && t.FiredAt != null)
                .Select(t => new { t.DueAt, FiredAt = t.FiredAt!.Value }).ToListAsync());
            var lag = LagSummary.Of(rows.Select(r => (r.FiredAt - r.DueAt).TotalMilliseconds));
            var drain = rows.Count == 0 ? TimeSpan.Zero : rows.Max(r => r.FiredAt) - burst.FirstDue;
            Console.WriteLine($"  baton: {rows.Count:N0}/{options.Burst:N0} fired, lag p50 {lag.P50:F0} ms, p99 {lag.P99:F0} ms, max {lag.Max:F0} ms, all fired {drain.TotalSeconds:F2} s after the first due instant");
            return new LoadResult($"Baton ({(provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite")})", scheduled, pendingRate,
                $"db.Schedule, {options.SaveBatch:N0} per SaveChanges, 1 client", singleRate, burstScheduled, options.Lead, lag, drain, rows.Count, options.Burst);
        }
        finally
        {
            await cleanup();
        }
    }

    private static async Task<(DatabaseProvider, string, Func<Task>)> FreshBatonDatabaseAsync(LoadOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("baton-bench-");
            var connectionString = $"Data Source={Path.Combine(folder.FullName, "baton.db")}";
            return (DatabaseProvider.Sqlite, connectionString, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        var database = await RecreateDatabaseAsync(options.PgServer, options.PgDatabase);
        return (DatabaseProvider.Postgres, database, () => DropDatabaseAsync(options.PgServer, options.PgDatabase));
    }

    /// <summary>Drops and creates a database on the (loopback) server; returns its connection string.</summary>
    public static async Task<string> RecreateDatabaseAsync(string server, string database)
    {
        await DropDatabaseAsync(server, database);
        await using (var admin = new NpgsqlConnection(AdminConnection(server)))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string server, string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(AdminConnection(server));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static string AdminConnection(string server) => new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString;

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Accepts only loopback hosts: this harness never sends load anywhere else.</summary>
    public static string RequireLoopback(string connectionString)
    {
        var host = new NpgsqlConnectionStringBuilder(connectionString).Host ?? "";
        var loopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
        return loopback ? connectionString : throw new ArgumentException($"--pg must point at a loopback host, not '{host}'.");
    }

    internal static string Format(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>B due instants spread evenly over one second, starting <c>lead</c> after the burst starts being scheduled.</summary>
public sealed class BurstPlan
{
    private readonly int _count;

    private BurstPlan(int count, DateTime firstDue) => (_count, FirstDue) = (count, firstDue);

    public DateTime FirstDue { get; }

    public static BurstPlan Start(int count, TimeSpan lead) => new(count, Instants.FromTimeProvider(TimeProvider.System) + lead);

    public DateTime DueAt(int index) => Instants.Normalize(FirstDue + TimeSpan.FromTicks(TimeSpan.TicksPerSecond * index / _count));

    public TimeSpan WaitedPastFirstDue() => Instants.FromTimeProvider(TimeProvider.System) - FirstDue;
}

/// <summary>A handler that stages nothing: the burst measures the dispatcher, not a handler.</summary>
public sealed class NoOpTimer : ITimerHandler
{
    public string Kind => TimersLoad.BurstKind;

    public Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct) => Task.CompletedTask;
}
