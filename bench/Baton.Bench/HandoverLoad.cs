using System.Diagnostics;
using System.Globalization;
using System.Text;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Core.Customers;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Handover;
using Baton.Server.Features.Timers;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Bench;

/// <summary>Command-line options of <c>handover-load</c>.</summary>
public sealed record HandoverLoadOptions(DatabaseProvider Provider, int Items, int Members, int InsertBatch, string PgServer, string PgDatabase,
    TimeSpan Timeout)
{
    public const string Usage = """
        handover-load --provider sqlite|postgres [--items 10000] [--members 20] [--insert-batch 1000]
                      [--pg "Host=127.0.0.1;Port=5433;Username=postgres"] [--db baton_handover_bench] [--timeout 900]
        """;

    public static HandoverLoadOptions Parse(string[] args)
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
        var options = new HandoverLoadOptions(
            provider,
            Count("items", 10_000, 1, 1_000_000),
            Count("members", 20, 1, 1_000),
            Count("insert-batch", 1_000, 1, 100_000),
            TimersLoad.RequireLoopback(Text("pg", "Host=127.0.0.1;Port=5433;Username=postgres")),
            Text("db", "baton_handover_bench"),
            TimeSpan.FromSeconds(Count("timeout", 900, 1, 3600)));
        return values.Count == 0 ? options : throw new ArgumentException($"Unknown option --{values.Keys.First()}.");
    }
}

/// <summary>
/// Shift-end handover under load: one leaving person owns N open commitments due within the next hours; a team of
/// on-shift colleagues (and its lead) takes them. The product's own <c>shift.end-handover</c> timer (scheduled by the
/// ShiftEndTimers interceptor when the leaving person's shift is saved) is fired by <see cref="TimerDispatcher.FireDueAsync"/>,
/// so the handler runs in the dispatcher's transaction exactly as in the server. Measured: the wall time of that call,
/// after which every item has its new owner (one transaction commits them all).
/// </summary>
public static class HandoverLoad
{
    private static readonly TimeSpan LeavingShiftEndsIn = TimeSpan.FromMinutes(5);

    public static async Task<int> RunAsync(string[] args)
    {
        HandoverLoadOptions options;
        try
        {
            options = HandoverLoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + HandoverLoadOptions.Usage);
            return 2;
        }
        var name = options.Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite";
        Console.WriteLine($"handover-load: provider={options.Provider} items={options.Items:N0} members={options.Members} insert-batch={options.InsertBatch:N0} timeout={options.Timeout.TotalSeconds:F0} s");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, loadavg at start: {LoadAverage()}");

        var (connectionString, cleanup) = await FreshDatabaseAsync(options);
        try
        {
            await using var node = BatonNode.Create(options.Provider, connectionString, dispatcherBatch: 200, services =>
            {
                services.AddSingleton<LiveUpdates>();
                services.AddBatonHandover();
            });
            await node.WithDbAsync(db => db.MigrateAsync());

            var setup = Stopwatch.StartNew();
            var team = await SeedTeamAsync(node, options);
            Console.WriteLine($"  team of {team.Receivers.Count} receivers (lead included) and one leaving person seeded in {setup.Elapsed.TotalSeconds:F2} s");
            setup.Restart();
            await SeedItemsAsync(node, options, team);
            Console.WriteLine($"  {options.Items:N0} commitments inserted in {setup.Elapsed.TotalSeconds:F2} s");

            var due = await node.WithDbAsync(db => db.Timers.AsNoTracking()
                .Where(t => t.Kind == ShiftEndTimers.Kind && t.FiredAt == null && t.CancelledAt == null)
                .Select(t => new { t.SubjectId, t.DueAt }).ToListAsync());
            var now = Instants.FromTimeProvider(TimeProvider.System);
            Console.WriteLine($"  shift.end-handover timers pending: {due.Count}, due now: {due.Count(t => t.DueAt <= now)} (the leaving person's: {due.Any(t => t.SubjectId == team.LeavingShiftId && t.DueAt <= now)})");

            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var loadBefore = LoadAverage();
            var fire = Stopwatch.StartNew();
            int fired;
            var finished = true;
            using (var timeout = new CancellationTokenSource(options.Timeout))
            {
                try
                {
                    fired = await node.Get<TimerDispatcher>().FireDueAsync(timeout.Token);
                }
                catch (OperationCanceledException)
                {
                    fired = 0;
                    finished = false;
                }
            }
            fire.Stop();
            var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            var loadAfter = LoadAverage();
            Console.WriteLine($"  FireDueAsync: {fired} timer(s) fired in {fire.Elapsed.TotalSeconds:F2} s{(finished ? "" : " (cancelled at the timeout)")}, this process used {cpuUsed.TotalSeconds:F1} s CPU");

            var check = await VerifyAsync(node, team, options.Items);
            Console.WriteLine($"  verified: {check.Moved:N0}/{options.Items:N0} moved, last custody ShiftHandover on {check.ShiftHandover:N0}, " +
                $"{check.Receivers} receivers, {check.Min}–{check.Max} items each; {check.AuditEvents:N0} audit events, {check.Notifications:N0} notifications");
            Console.WriteLine();
            Console.WriteLine(Table(name, options, fire.Elapsed, finished, check, cpuUsed, loadBefore, loadAfter));
            var ok = finished && check.Moved == options.Items && check.ShiftHandover == options.Items;
            return ok ? 0 : 1;
        }
        finally
        {
            await cleanup();
        }
    }

    private sealed record Seeded(Guid LeaderId, Guid LeavingId, Guid LeavingShiftId, Guid CustomerId, IReadOnlyList<Guid> Receivers);

    private sealed record Check(int Moved, int ShiftHandover, int Receivers, int Min, int Max, int AuditEvents, int Notifications);

    private static async Task<Seeded> SeedTeamAsync(BatonNode node, HandoverLoadOptions options) => await node.WithDbAsync(async db =>
    {
        var now = Instants.FromTimeProvider(TimeProvider.System);
        var department = new Department(Guid.CreateVersion7(), "Bench Support", "UTC");
        var team = new Team(Guid.CreateVersion7(), "Bench Team", department.Id);
        var lead = new Person(Guid.CreateVersion7(), "bench.lead", "Lena Lead", [Role.TeamLead, Role.Agent], team.Id, "UTC", now);
        team.AppointLead(lead.Id);
        var members = Enumerable.Range(1, options.Members)
            .Select(i => new Person(Guid.CreateVersion7(), $"bench.m{i:D4}", $"Member {i:D4}", [Role.Agent], team.Id, "UTC", now))
            .ToList();
        var leaving = new Person(Guid.CreateVersion7(), "bench.leaving", "Liam Leaving", [Role.Agent], team.Id, "UTC", now);
        var customer = new Customer(Guid.CreateVersion7(), "Pat Bench", ["+1 555 0100"], null, null, now);
        db.Departments.Add(department);
        db.Teams.Add(team);
        db.People.AddRange([lead, .. members, leaving]);
        db.Customers.Add(customer);
        // On shift from an hour ago for ten hours; the leaving person's shift ends in a few minutes, so its
        // shift.end-handover timer (Handover:LeadMinutes = 10 before the end) is due at once.
        foreach (var p in members.Append(lead))
        {
            db.Shifts.Add(new Shift(Guid.CreateVersion7(), p.Id, now - TimeSpan.FromHours(1), now + TimeSpan.FromHours(10), "UTC", "Day"));
        }
        var leavingShift = new Shift(Guid.CreateVersion7(), leaving.Id, now - TimeSpan.FromHours(8), now + LeavingShiftEndsIn, "UTC", "Early");
        db.Shifts.Add(leavingShift);
        await db.SaveChangesAsync();
        return new Seeded(lead.Id, leaving.Id, leavingShift.Id, customer.Id, [.. members.Select(m => m.Id), lead.Id]);
    });

    /// <summary>N open commitments of the leaving person to a customer, due evenly from +30 min to +4 h, through the domain.</summary>
    private static async Task SeedItemsAsync(BatonNode node, HandoverLoadOptions options, Seeded team)
    {
        var start = Instants.FromTimeProvider(TimeProvider.System);
        var span = TimeSpan.FromHours(3.5);
        for (var done = 0; done < options.Items;)
        {
            var n = Math.Min(options.InsertBatch, options.Items - done);
            var first = done;
            await node.WithDbAsync(db =>
            {
                var now = Instants.FromTimeProvider(TimeProvider.System);
                for (var i = first; i < first + n; i++)
                {
                    var due = start + TimeSpan.FromMinutes(30) + TimeSpan.FromTicks(span.Ticks / options.Items * i);
                    var draft = new CommitmentDraft(Guid.CreateVersion7(), CommitmentKind.Callback, Promisee.Customer(team.CustomerId),
                        Instants.Normalize(due), $"Call back about order {i + 1:D6}");
                    db.Commitments.Add(Commitment.Create(draft, new OwnerInfo(team.LeavingId, true), team.LeaderId, now).Commitment);
                }
                return db.SaveChangesAsync();
            });
            done += n;
        }
    }

    private static async Task<Check> VerifyAsync(BatonNode node, Seeded team, int items) => await node.WithDbAsync(async db =>
    {
        var rows = await db.Commitments.AsNoTracking().AsSplitQuery()
            .Where(c => c.Promisee.Id == team.CustomerId)
            .Select(c => new { c.OwnerId, Last = c.Custody.OrderByDescending(t => t.Sequence).Select(t => (CustodyReason?)t.Reason).FirstOrDefault() })
            .ToListAsync();
        if (rows.Count != items)
        {
            throw new InvalidOperationException($"Expected {items} commitments, found {rows.Count}.");
        }
        var moved = rows.Where(r => r.OwnerId != team.LeavingId).ToList();
        var perReceiver = team.Receivers.Select(id => moved.Count(r => r.OwnerId == id)).ToList();
        return new Check(
            moved.Count,
            moved.Count(r => r.Last == CustodyReason.ShiftHandover),
            moved.Select(r => r.OwnerId).Distinct().Count(),
            perReceiver.Min(),
            perReceiver.Max(),
            await db.AuditEvents.CountAsync(),
            await db.Notifications.CountAsync());
    });

    private static string Table(string name, HandoverLoadOptions options, TimeSpan wall, bool finished, Check check, TimeSpan cpu, string loadBefore,
        string loadAfter)
    {
        static string N(double v) => v.ToString("N0", CultureInfo.InvariantCulture);
        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"| shift-end handover | Baton ({name}) |");
        table.AppendLine("|---|---:|");
        table.AppendLine(CultureInfo.InvariantCulture, $"| open items of the leaving person | {N(options.Items)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| receivers on shift (members + lead) | {N(options.Members + 1)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| wall time, timer fired → all items committed (s) | {wall.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)}{(finished ? "" : " (timed out)")} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| items/s | {(finished ? N(check.Moved / wall.TotalSeconds) : "–")} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| items with a new owner | {N(check.Moved)} / {N(options.Items)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| last custody reason ShiftHandover | {N(check.ShiftHandover)} / {N(options.Items)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| items per receiver, min – max | {check.Min} – {check.Max} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| audit events / notifications written | {N(check.AuditEvents)} / {N(check.Notifications)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| CPU used by the bench process during the handover (s) | {cpu.TotalSeconds.ToString("F1", CultureInfo.InvariantCulture)} |");
        table.AppendLine(CultureInfo.InvariantCulture, $"| load average before → after | {loadBefore} → {loadAfter} |");
        return table.ToString();
    }

    private static async Task<(string, Func<Task>)> FreshDatabaseAsync(HandoverLoadOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("baton-handover-");
            return ($"Data Source={Path.Combine(folder.FullName, "baton.db")}", () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        var database = await TimersLoad.RecreateDatabaseAsync(options.PgServer, options.PgDatabase);
        return (database, () => TimersLoad.DropDatabaseAsync(options.PgServer, options.PgDatabase));
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";
}
