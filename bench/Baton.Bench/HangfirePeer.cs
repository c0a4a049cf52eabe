using System.Collections.Concurrent;
using System.Diagnostics;
using Baton.Core;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;

namespace Baton.Bench;

/// <summary>
/// The same load on Hangfire (PostgreSQL storage, its own database on the same server): pending delayed jobs due far
/// away, then the same burst pattern of delayed jobs whose no-op body records the instant it ran.
/// </summary>
public static class HangfirePeer
{
    /// <summary>Polling interval of Hangfire's delayed-job scheduler used here; its default is 15 s.</summary>
    public static readonly TimeSpan SchedulePollingInterval = TimeSpan.FromSeconds(1);

    private static readonly ConcurrentBag<(long DueTicks, long RanTicks)> Ran = [];

    /// <summary>The burst job: records when it ran against when it was due.</summary>
    public static void Record(long dueTicks) => Ran.Add((dueTicks, Instants.FromTimeProvider(TimeProvider.System).Ticks));

    /// <summary>The pending job: due in 30 days, never runs during the measurement.</summary>
    public static void Later(int index) => GC.KeepAlive(index);

    public static async Task<LoadResult> RunAsync(LoadOptions options)
    {
        var database = options.PgDatabase + "_hangfire";
        var connectionString = await TimersLoad.RecreateDatabaseAsync(options.PgServer, database);
        try
        {
            GlobalConfiguration.Configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            // Long polling (LISTEN/NOTIFY) wakes a worker when a job is enqueued; without it workers poll the queue every
            // QueuePollInterval (15 s by default in this version), which then dominates the lag.
            var storageOptions = new PostgreSqlStorageOptions { PrepareSchemaIfNecessary = true, EnableLongPolling = options.PeerLongPolling };
            if (options.PeerQueuePoll is { } queuePoll)
            {
                storageOptions.QueuePollInterval = queuePoll;
            }
            var storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions);
            Console.WriteLine($"  hangfire: storage: QueuePollInterval {storageOptions.QueuePollInterval.TotalSeconds} s, " +
                $"EnableLongPolling {storageOptions.EnableLongPolling}; server: SchedulePollingInterval {SchedulePollingInterval.TotalSeconds} s (default 15 s), " +
                $"WorkerCount {options.PeerWorkers}; {options.PeerClients} client threads schedule the bulk and the burst");
            var client = new BackgroundJobClient(storage);
            using var server = new BackgroundJobServer(new BackgroundJobServerOptions
            {
                SchedulePollingInterval = SchedulePollingInterval,
                WorkerCount = options.PeerWorkers,
            }, storage);

            var far = DateTimeOffset.UtcNow.AddDays(30);
            var watch = Stopwatch.StartNew();
            var scheduled = await InParallelAsync(options.PeerPending, options.PeerClients, options.PhaseBudget,
                i => client.Schedule(() => Later(i), far.AddMilliseconds(i)),
                done => Console.WriteLine($"  hangfire: {done:N0} pending scheduled, {done / watch.Elapsed.TotalSeconds:N0} jobs/s"));
            var pendingRate = scheduled / watch.Elapsed.TotalSeconds;
            if (scheduled < options.PeerPending)
            {
                Console.WriteLine($"  hangfire: stopped at {scheduled:N0} pending: the phase budget of {options.PhaseBudget.TotalSeconds:F0} s ran out");
            }

            var single = Stopwatch.StartNew();
            var singles = 0;
            for (; singles < options.Single && single.Elapsed < options.PhaseBudget; singles++)
            {
                var k = singles;
                client.Schedule(() => Later(k), far.AddDays(1).AddMilliseconds(k));
            }
            var singleRate = singles / single.Elapsed.TotalSeconds;
            Console.WriteLine($"  hangfire: {singles:N0} more scheduled from 1 client thread, {singleRate:N0} jobs/s");

            // Give the burst enough lead that scheduling ends before the first due instant, at the bulk rate just measured.
            var lead = TimeSpan.FromSeconds(Math.Max(options.Lead.TotalSeconds, Math.Ceiling(1.5 * options.Burst / pendingRate + 1)));
            var burst = BurstPlan.Start(options.Burst, lead);
            var burstWatch = Stopwatch.StartNew();
            await InParallelAsync(options.Burst, options.PeerClients, options.PhaseBudget,
                i =>
                {
                    var due = burst.DueAt(i);
                    client.Schedule(() => Record(due.Ticks), new DateTimeOffset(due));
                },
                _ => { });
            var burstScheduled = burstWatch.Elapsed;
            Console.WriteLine($"  hangfire: burst of {options.Burst:N0} scheduled in {burstScheduled.TotalSeconds:F2} s, first due at +{lead.TotalSeconds:F1} s");

            while (Ran.Count < options.Burst && burst.WaitedPastFirstDue() < options.FireTimeout)
            {
                await Task.Delay(200);
            }
            server.SendStop();
            await server.WaitForShutdownAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);

            var ran = Ran.ToArray();
            var lag = LagSummary.Of(ran.Select(r => TimeSpan.FromTicks(r.RanTicks - r.DueTicks).TotalMilliseconds));
            var drain = ran.Length == 0 ? TimeSpan.Zero : new DateTime(ran.Max(r => r.RanTicks), DateTimeKind.Utc) - burst.FirstDue;
            Console.WriteLine($"  hangfire: {ran.Length:N0}/{options.Burst:N0} ran, lag p50 {lag.P50:F0} ms, p99 {lag.P99:F0} ms, max {lag.Max:F0} ms, all ran {drain.TotalSeconds:F2} s after the first due instant");
            return new LoadResult("Hangfire (PostgreSQL)", scheduled, pendingRate, $"BackgroundJob.Schedule, {options.PeerClients} client threads",
                singleRate, burstScheduled, lead, lag, drain, ran.Length, options.Burst);
        }
        finally
        {
            await TimersLoad.DropDatabaseAsync(options.PgServer, database);
        }
    }

    /// <summary>Runs <paramref name="schedule"/> for indexes 0..count-1 on several threads until done or out of time; returns how many ran.</summary>
    private static async Task<int> InParallelAsync(int count, int clients, TimeSpan budget, Action<int> schedule, Action<int> progress)
    {
        var next = -1;
        var done = 0;
        var watch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(_ => Task.Run(() =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count && watch.Elapsed < budget)
            {
                schedule(i);
                var total = Interlocked.Increment(ref done);
                if (total % 50_000 == 0)
                {
                    progress(total);
                }
            }
        }));
        await Task.WhenAll(workers);
        return done;
    }
}
