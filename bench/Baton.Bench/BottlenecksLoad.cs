using System.Diagnostics;
using System.Globalization;
using Baton.Core;
using Baton.Core.Cases;
using Baton.Core.Commitments;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Bottlenecks;
using Baton.Server.Features.Cases;
using Baton.Server.Features.Workflows;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Bench;

/// <summary>Command-line options of <c>bottlenecks-load</c>.</summary>
public sealed record BottlenecksLoadOptions(DatabaseProvider Provider, int Visits, int HistoryDays, string PgServer, string PgDatabase)
{
    public const string Usage = """
        bottlenecks-load --provider sqlite|postgres [--visits 100000] [--history-days 90]
                         [--pg "Host=127.0.0.1;Port=5433;Username=postgres"] [--db baton_bottlenecks_bench]
        """;

    public static BottlenecksLoadOptions Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
            {
                throw new ArgumentException($"Unexpected argument '{args[i]}'.");
            }
            values[args[i][2..]] = args[i + 1];
        }
        string Text(string name, string fallback) => values.Remove(name, out var v) ? v : fallback;
        int Count(string name, int fallback, int min, int max) =>
            int.TryParse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
                ? n : throw new ArgumentException($"--{name} must be a whole number in [{min}, {max}].");
        var provider = Text("provider", "") switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            _ => throw new ArgumentException("--provider must be sqlite or postgres."),
        };
        var options = new BottlenecksLoadOptions(provider, Count("visits", 100_000, BottlenecksLoad.VisitsPerCase, 10_000_000),
            Count("history-days", 90, 31, 3650), TimersLoad.RequireLoopback(Text("pg", "Host=127.0.0.1;Port=5433;Username=postgres")),
            Text("db", "baton_bottlenecks_bench"));
        return values.Count == 0 ? options : throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
    }
}

/// <summary>
/// Bottleneck report of one workflow with a long history: N visits (five per case) spread evenly over the history, the
/// newest cases still open. Measured: the report over the last 30 days and the drill-down of its slowest node, each
/// through the same handlers the API maps (first call cold, then the best of three).
/// </summary>
public static class BottlenecksLoad
{
    public const int VisitsPerCase = 5;
    private const string Key = "bench-bottlenecks";
    private static readonly string[] Path = ["greet", "diagnose", "wait_for_parts", "confirm", "done"];

    public static async Task<int> RunAsync(string[] args)
    {
        BottlenecksLoadOptions options;
        try
        {
            options = BottlenecksLoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + BottlenecksLoadOptions.Usage);
            return 2;
        }
        Console.WriteLine($"bottlenecks-load: provider={options.Provider} visits={options.Visits:N0} history={options.HistoryDays} days");
        var (connectionString, cleanup) = await FreshDatabaseAsync(options);
        try
        {
            await using var node = BatonNode.Create(options.Provider, connectionString, dispatcherBatch: 200, services => services.AddSingleton<LiveUpdates>());
            await node.WithDbAsync(db => db.MigrateAsync());
            var seed = Stopwatch.StartNew();
            var now = Instants.FromTimeProvider(TimeProvider.System);
            await SeedAsync(node, options, now);
            Console.WriteLine($"  {options.Visits:N0} visits of {options.Visits / VisitsPerCase:N0} cases inserted in {seed.Elapsed.TotalSeconds:F1} s");

            var period = BottleneckPeriod.LastDays(BottleneckPeriod.DefaultDays, now);
            var report = await TimeAsync("report, last 30 days", () => node.WithDbAsync(db => GetWorkflowBottlenecks.ExecuteAsync(db, Key, null, period, now, CancellationToken.None)));
            var slowest = report!.View.Nodes.Where(n => n.P90Seconds is not null).MaxBy(n => n.P90Seconds)!;
            Console.WriteLine($"  {report.View.Cases:N0} cases in the period; slowest node {slowest.NodeId}: {slowest.Visits:N0} passes, p50 {slowest.P50Seconds / 3600:F1} h, p90 {slowest.P90Seconds / 3600:F1} h, {slowest.Waiting:N0} waiting");
            var drill = await TimeAsync($"slowest 20 at {slowest.NodeId}", () => node.WithDbAsync(db =>
                GetSlowCases.ExecuteAsync(db, Key, slowest.NodeId, 20, null, period, now, CancellationToken.None)));
            return drill is { Cases.Count: 20 } ? 0 : 1;
        }
        finally
        {
            await cleanup();
        }
    }

    private static async Task<T> TimeAsync<T>(string what, Func<Task<T>> run)
    {
        var watch = Stopwatch.StartNew();
        var result = await run();
        var cold = watch.Elapsed;
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            watch.Restart();
            result = await run();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }
        Console.WriteLine($"  {what}: cold {cold.TotalMilliseconds:F0} ms, best of 3 {best.TotalMilliseconds:F0} ms");
        return result;
    }

    /// <summary>One stored version, then the cases in batches: each a straight pass through five nodes, its own length.</summary>
    private static async Task SeedAsync(BatonNode node, BottlenecksLoadOptions options, DateTime now)
    {
        var yaml = string.Join('\n',
            $"key: {Key}", "title: Bench repair", "owner: manager", "version: 1", "changeReason: Bench.", "start: greet", "nodes:",
            "  - { id: greet, kind: Step, title: Greet, script: Greet., next: diagnose }",
            "  - { id: diagnose, kind: Step, title: Diagnose, script: Diagnose., next: wait_for_parts }",
            "  - { id: wait_for_parts, kind: Wait, title: Wait for parts, event: parts.arrived, next: confirm }",
            "  - { id: confirm, kind: Step, title: Confirm, script: Confirm., next: done }",
            "  - { id: done, kind: End, title: Done, outcome: resolved }") + "\n";
        var definition = WorkflowReader.Read(yaml, "bench.yaml").Definition ?? throw new InvalidOperationException("The bench workflow does not validate.");
        await node.WithDbAsync(db =>
        {
            db.WorkflowVersions.Add(new WorkflowVersion
            {
                Id = Guid.CreateVersion7(), Key = Key, Version = 1, Yaml = yaml, Title = definition.Title, OwnerUserName = "manager",
                DraftReason = "Bench.", AuthorName = "Bench", CreatedAt = now, UpdatedAt = now,
            });
            return db.SaveChangesAsync();
        });
        var cases = options.Visits / VisitsPerCase;
        var random = new Random(7);
        var owner = new OwnerInfo(Guid.CreateVersion7(), true);
        var span = TimeSpan.FromDays(options.HistoryDays);
        const int batch = 2_000;
        for (var done = 0; done < cases; done += batch)
        {
            var first = done;
            await node.WithDbAsync(db =>
            {
                for (var i = first; i < Math.Min(cases, first + batch); i++)
                {
                    var start = Instants.Normalize(now - span + TimeSpan.FromTicks(span.Ticks / cases * i));
                    // Minutes at each node: quick steps, a long wait for parts; the newest cases stop partway.
                    double[] minutes = [random.Next(1, 10), random.Next(5, 40), random.Next(60, 60 * 48), random.Next(1, 15), 0];
                    var visits = new List<NodeVisit>();
                    var at = start;
                    foreach (var (nodeId, m) in Path.Zip(minutes))
                    {
                        var left = at.AddMinutes(m);
                        if (left > now)
                        {
                            visits.Add(new NodeVisit(nodeId, at, null, null));
                            break;
                        }
                        visits.Add(new NodeVisit(nodeId, at, left, nodeId == "done" ? null : NodeOutcomes.Next));
                        at = left;
                    }
                    var completed = visits.Count == Path.Length;
                    var state = new WorkflowState(Key, 1, visits[^1].NodeId, completed ? WorkflowStatus.Completed : WorkflowStatus.Running,
                        new Dictionary<string, string>(), new Dictionary<string, string>(), "", null, visits, EndOutcome: completed ? "resolved" : null);
                    db.Cases.Add(Case.Open(Guid.CreateVersion7(), Guid.CreateVersion7(), owner, owner.Id, state, CaseStateJson.Write(state), at));
                }
                return db.SaveChangesAsync();
            });
        }
    }

    private static async Task<(string, Func<Task>)> FreshDatabaseAsync(BottlenecksLoadOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("baton-bottlenecks-");
            return ($"Data Source={System.IO.Path.Combine(folder.FullName, "baton.db")}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        var database = await TimersLoad.RecreateDatabaseAsync(options.PgServer, options.PgDatabase);
        return (database, () => TimersLoad.DropDatabaseAsync(options.PgServer, options.PgDatabase));
    }
}
