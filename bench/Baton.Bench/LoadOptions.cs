using System.Globalization;
using System.Text;
using Baton.Server.Data;

namespace Baton.Bench;

/// <summary>Command-line options of <c>timers-load</c>; every phase is bounded in count and in time.</summary>
public sealed record LoadOptions(
    DatabaseProvider Provider,
    int Pending,
    int Burst,
    int Single,
    int SaveBatch,
    int DispatcherBatch,
    TimeSpan Lead,
    bool Peer,
    int PeerPending,
    int PeerClients,
    int PeerWorkers,
    bool PeerLongPolling,
    TimeSpan? PeerQueuePoll,
    string PgServer,
    string PgDatabase,
    TimeSpan PhaseBudget,
    TimeSpan FireTimeout)
{
    public const string Usage = """
        timers-load --provider sqlite|postgres [--pending 1000000] [--burst 10000] [--single 2000] [--save-batch 10000]
                    [--dispatcher-batch 200] [--lead 3] [--peer hangfire|none] [--peer-pending N] [--peer-clients 4]
                    [--peer-workers 10] [--peer-long-polling true|false] [--peer-queue-poll S]
                    [--pg "Host=127.0.0.1;Port=5433;Username=postgres"] [--db baton_bench]
                    [--phase-budget 600] [--fire-timeout 300]
        """;

    public static LoadOptions Parse(string[] args)
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
        int Count(string name, int fallback, int min) =>
            int.TryParse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
                ? n : throw new ArgumentException($"--{name} must be a whole number ≥ {min}.");
        TimeSpan Seconds(string name, double fallback) =>
            double.TryParse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 && s <= 3600
                ? TimeSpan.FromSeconds(s) : throw new ArgumentException($"--{name} must be seconds in (0, 3600].");

        var provider = Text("provider", "") switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgres" => DatabaseProvider.Postgres,
            _ => throw new ArgumentException("--provider must be sqlite or postgres."),
        };
        var pending = Count("pending", 1_000_000, 0);
        var peer = Text("peer", provider == DatabaseProvider.Postgres ? "hangfire" : "none") switch
        {
            "hangfire" => true,
            "none" => false,
            _ => throw new ArgumentException("--peer must be hangfire or none."),
        };
        var options = new LoadOptions(
            provider,
            pending,
            Count("burst", 10_000, 1),
            Count("single", 2_000, 0),
            Count("save-batch", 10_000, 1),
            Count("dispatcher-batch", 200, 1),
            Seconds("lead", 3),
            peer,
            Count("peer-pending", pending, 0),
            Count("peer-clients", 4, 1),
            Count("peer-workers", 10, 1),
            Text("peer-long-polling", "true") switch
            {
                "true" => true,
                "false" => false,
                _ => throw new ArgumentException("--peer-long-polling must be true or false."),
            },
            values.ContainsKey("peer-queue-poll") ? Seconds("peer-queue-poll", 15) : null,
            TimersLoad.RequireLoopback(Text("pg", "Host=127.0.0.1;Port=5433;Username=postgres")),
            Text("db", "baton_bench"),
            Seconds("phase-budget", 600),
            Seconds("fire-timeout", 300));
        return values.Count == 0 ? options : throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
    }
}

/// <summary>What one system did under the load.</summary>
public sealed record LoadResult(
    string System,
    int Pending,
    double PendingRate,
    string PendingHow,
    double SingleRate,
    TimeSpan BurstScheduling,
    TimeSpan Lead,
    LagSummary Lag,
    TimeSpan Drain,
    int Fired,
    int Burst)
{
    public static string Table(LoadResult baton, LoadResult? peer)
    {
        static string N(double v) => double.IsNaN(v) ? "–" : v.ToString("N0", CultureInfo.InvariantCulture);
        static string S(double v) => v.ToString("F2", CultureInfo.InvariantCulture);
        static string Ratio(double a, double b) => b > 0 && !double.IsNaN(a) && !double.IsNaN(b) ? (a / b).ToString("G3", CultureInfo.InvariantCulture) + "×" : "–";
        var rows = new (string Name, Func<LoadResult, string> Cell, Func<LoadResult, double>? Value)[]
        {
            ("pending timers scheduled", r => N(r.Pending), null),
            ("schedule rate, bulk (timers/s)", r => N(r.PendingRate), r => r.PendingRate),
            ("bulk path", r => r.PendingHow, null),
            ("schedule rate, one per save/call, 1 client (timers/s)", r => N(r.SingleRate), r => r.SingleRate),
            ("burst scheduled in (s)", r => S(r.BurstScheduling.TotalSeconds), null),
            ("first due after (s)", r => S(r.Lead.TotalSeconds), null),
            ("burst fired", r => $"{N(r.Fired)} / {N(r.Burst)}", null),
            ("fire lag p50 (ms)", r => N(r.Lag.P50), r => r.Lag.P50),
            ("fire lag p99 (ms)", r => N(r.Lag.P99), r => r.Lag.P99),
            ("fire lag max (ms)", r => N(r.Lag.Max), r => r.Lag.Max),
            ("all fired, after first due (s)", r => S(r.Drain.TotalSeconds), r => r.Drain.TotalSeconds),
        };
        var table = new StringBuilder();
        table.AppendLine(peer is null ? $"| | {baton.System} |" : $"| | {baton.System} | {peer.System} | Baton / Hangfire |");
        table.AppendLine(peer is null ? "|---|---:|" : "|---|---:|---:|---:|");
        foreach (var (name, cell, value) in rows)
        {
            table.AppendLine(peer is null
                ? $"| {name} | {cell(baton)} |"
                : $"| {name} | {cell(baton)} | {cell(peer)} | {(value is null ? "" : Ratio(value(baton), value(peer)))} |");
        }
        return table.ToString();
    }
}
