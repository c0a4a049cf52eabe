using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Baton.Server.Components;
using Baton.Server.Data;
using Baton.Server.Features.Telephony;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Bench;

/// <summary>Command-line options of <c>telephony-load</c>.</summary>
public sealed record TelephonyLoadOptions(DatabaseProvider Provider, int Calls, int Clients, int Warmup, string PgServer, string PgDatabase)
{
    public const string Usage = """
        telephony-load --provider sqlite|postgres [--calls 2000] [--clients 8] [--warmup 100]
                       [--pg "Host=127.0.0.1;Port=5433;Username=postgres"] [--db baton_telephony_bench]
        """;

    public static TelephonyLoadOptions Parse(string[] args)
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
        var options = new TelephonyLoadOptions(provider, Count("calls", 2_000, 1, 1_000_000), Count("clients", 8, 1, 256), Count("warmup", 100, 0, 100_000),
            TimersLoad.RequireLoopback(Text("pg", "Host=127.0.0.1;Port=5433;Username=postgres")), Text("db", "baton_telephony_bench"));
        return values.Count == 0 ? options : throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
    }
}

/// <summary>
/// Sustained telephony events into one Baton node: a real host (Kestrel on loopback, the product's webhook with token
/// and HMAC check, reconciliation, interactions, customers, audit, callbacks) fed by C concurrent PBX workers, each
/// posting its calls' events in order (90 % answered: queued, ringing, answered, hungup; 10 % abandoned: queued,
/// abandoned, which promises a callback). Callers come from a pool of 500 numbers, so most calls match a customer.
/// Then, in the same database and run, the raw ceiling: the same number of events written by C workers with plain
/// ADO.NET (Npgsql / Microsoft.Data.Sqlite), one transaction per event doing the equivalent reads and writes
/// (dedupe lookup, event insert, interaction insert or update, audit head lookup and insert).
/// </summary>
public static class TelephonyLoad
{
    private const string Queue = "sales";
    private const int CallerPool = 500;

    public static async Task<int> RunAsync(string[] args)
    {
        TelephonyLoadOptions options;
        try
        {
            options = TelephonyLoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + TelephonyLoadOptions.Usage);
            return 2;
        }
        Console.WriteLine($"telephony-load: provider={options.Provider} calls={options.Calls:N0} clients={options.Clients} warmup={options.Warmup}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, loadavg at start: {LoadAverage()}");
        var (connectionString, cleanup) = await FreshDatabaseAsync(options);
        try
        {
            Phase baton;
            await using (var node = StartNode(options.Provider, connectionString))
            {
                var client = await PbxClientAsync(node);
                await RunCallsAsync(client.Http, client.Secret, "warm", options.Warmup, options.Clients);
                baton = await RunCallsAsync(client.Http, client.Secret, "run", options.Calls, options.Clients);
                var (interactions, callbacks) = await CountAsync(node, "run-");
                Console.WriteLine($"  Baton: {baton.Events:N0} events in {baton.Elapsed.TotalSeconds:F1} s, {baton.Errors} errors; " +
                                  $"{interactions:N0} interactions and {callbacks:N0} callbacks recorded for the {options.Calls:N0} calls");
            }
            var raw = await RawCeiling.RunAsync(options.Provider, connectionString, baton.Events, options.Clients);
            Console.WriteLine($"  raw: {raw.Events:N0} events in {raw.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine();
            Console.WriteLine($"| {Name(options.Provider)}, {options.Clients} concurrent clients | events/s | p50 (ms) | p99 (ms) | max (ms) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Console.WriteLine(baton.Row("Baton webhook (HTTP, HMAC, reconcile, audit)"));
            Console.WriteLine(raw.Row("raw ADO.NET ceiling (same writes, one transaction per event)"));
            Console.WriteLine($"loadavg at end: {LoadAverage()}");
            return baton.Errors == 0 ? 0 : 1;
        }
        finally
        {
            await cleanup();
        }
    }

    public sealed record Phase(int Events, TimeSpan Elapsed, LagSummary Latency, int Errors)
    {
        public double Rate => Events / Elapsed.TotalSeconds;

        public string Row(string what) =>
            $"| {what} | {Rate.ToString("N0", CultureInfo.InvariantCulture)} | {Latency.P50.ToString("F1", CultureInfo.InvariantCulture)} | " +
            $"{Latency.P99.ToString("F1", CultureInfo.InvariantCulture)} | {Latency.Max.ToString("F1", CultureInfo.InvariantCulture)} |";
    }

    private static string Name(DatabaseProvider provider) => provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";

    private static WebApplicationFactory<App> StartNode(DatabaseProvider provider, string connectionString)
    {
        // The host's content root (static assets) is the server project's folder, found above the bench's output.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "src", "Baton.Server", "Baton.Server.csproj")))
            {
                Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_BATON_SERVER", Path.Combine(dir.FullName, "src", "Baton.Server"));
                break;
            }
        }
        var factory = new WebApplicationFactory<App>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Production");
            b.UseSetting("Database:Provider", provider.ToString());
            b.UseSetting("ConnectionStrings:Baton", connectionString);
            b.UseSetting("Baton:Demo:Enabled", "true");
            b.UseSetting("Baton:Demo:Password", "bench");
            b.UseSetting("Baton:Demo:Commitments", "false");
            b.UseSetting("Logging:LogLevel:Default", "Warning");
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "Error");
            b.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command", Environment.GetEnvironmentVariable("BENCH_SQL_LOG") ?? "Error");
        });
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        return factory;
    }

    private sealed record Pbx(HttpClient Http, string Secret);

    private static async Task<Pbx> PbxClientAsync(WebApplicationFactory<App> node)
    {
        var address = node.ClientOptions.BaseAddress;
        using var admin = new HttpClient { BaseAddress = address };
        var signIn = await admin.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = "bench" });
        signIn.EnsureSuccessStatusCode();
        admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", (await signIn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        var created = await (await admin.PostAsJsonAsync("/api/v1/settings/api-tokens", new { name = "bench pbx" })).Content.ReadFromJsonAsync<JsonElement>();
        await using (var scope = node.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
            var sales = await db.Departments.Where(d => d.Name == "Sales").Select(d => d.Id).SingleAsync();
            var manager = new SaveCallQueue.Request(sales, []);
            await SaveCallQueue.ExecuteAsync(db, Baton.Server.Features.Audit.Actor.System, Baton.Core.Instants.FromTimeProvider(TimeProvider.System), Queue, manager, CancellationToken.None);
        }
        var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256 }) { BaseAddress = address };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", created.GetProperty("token").GetString());
        return new Pbx(http, created.GetProperty("signingSecret").GetString()!);
    }

    /// <summary>The events of one call, in the order a PBX sends them, a second or so apart in PBX time.</summary>
    public static IEnumerable<(string Event, double Offset)> Script(int call) => call % 10 == 9
        ? [("call.queued", 0), ("call.abandoned", 25)]
        : [("call.queued", 0), ("call.ringing", 8), ("call.answered", 12), ("call.hungup", 190)];

    private static async Task<Phase> RunCallsAsync(HttpClient http, string secret, string prefix, int calls, int clients)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = 0;
        var events = 0;
        var start = DateTime.UtcNow.AddMinutes(-10);
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, clients), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (worker, ct) =>
        {
            for (var call = worker; call < calls; call += clients)
            {
                var callId = $"{prefix}-{call}@bench";
                var caller = $"+1202555{(call % CallerPool).ToString("D4", CultureInfo.InvariantCulture)}";
                foreach (var (name, offset) in Script(call))
                {
                    var at = start.AddSeconds(call * 0.01 + offset);
                    var body = JsonSerializer.Serialize(new Dictionary<string, string>
                    {
                        ["event"] = name, ["call_id"] = callId, ["caller"] = caller, ["queue"] = Queue, ["code"] = "",
                        ["by"] = name == "call.hungup" ? caller : "",
                        ["pbx_ts"] = (at - DateTime.UnixEpoch).TotalSeconds.ToString("F6", CultureInfo.InvariantCulture),
                    });
                    using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/telephony/events")
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(Encoding.UTF8.GetBytes(body), secret));
                    var sent = Stopwatch.GetTimestamp();
                    using var response = await http.SendAsync(request, ct);
                    latencies.Add(Stopwatch.GetElapsedTime(sent).TotalMilliseconds);
                    Interlocked.Increment(ref events);
                    if (!response.IsSuccessStatusCode)
                    {
                        if (Interlocked.Increment(ref errors) <= 3)
                        {
                            await Console.Error.WriteLineAsync($"  {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
                        }
                    }
                }
            }
        });
        return new Phase(events, clock.Elapsed, LagSummary.Of(latencies), errors);
    }

    private static async Task<(int Interactions, int Callbacks)> CountAsync(WebApplicationFactory<App> node, string prefix)
    {
        await using var scope = node.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var interactions = await db.Interactions.CountAsync(i => i.CallId.StartsWith(prefix));
        var callbacks = await db.Interactions.CountAsync(i => i.CallId.StartsWith(prefix) && i.CallbackId != null);
        return (interactions, callbacks);
    }

    private static async Task<(string, Func<Task>)> FreshDatabaseAsync(TelephonyLoadOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("baton-telephony-");
            return ($"Data Source={Path.Combine(folder.FullName, "baton.db")}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        var database = await TimersLoad.RecreateDatabaseAsync(options.PgServer, options.PgDatabase);
        return (database, async () =>
        {
            Npgsql.NpgsqlConnection.ClearAllPools();
            await TimersLoad.DropDatabaseAsync(options.PgServer, options.PgDatabase);
        });
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
