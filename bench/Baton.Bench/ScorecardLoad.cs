using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Scorecards;
using Baton.Server.Features.Scorecards.Facts;
using Microsoft.Data.Sqlite;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace Baton.Bench;

/// <summary>Command-line options of <c>scorecard-load</c>.</summary>
public sealed record ScorecardLoadOptions(DatabaseProvider Provider, int Commitments, int People, int Open, int Samples, string PgServer, string PgDatabase,
    string SqliteFile, bool Reuse, int Seed)
{
    public const string Usage = """
        scorecard-load --provider sqlite|postgres [--commitments 10000000] [--people 1000] [--open 10000] [--samples 20]
                       [--pg "Host=127.0.0.1;Port=5433;Username=postgres"] [--db baton_scorecard_bench]
                       [--sqlite-file /tmp/baton-scorecard-bench.db] [--reuse false] [--seed 7]
        """;

    public static ScorecardLoadOptions Parse(string[] args)
    {
        var read = new BenchArgs(args);
        var options = new ScorecardLoadOptions(
            read.Provider(),
            read.Count("commitments", 10_000_000, 1_000, 50_000_000),
            read.Count("people", 1_000, 100, 100_000),
            read.Count("open", 10_000, 0, 1_000_000),
            read.Count("samples", 20, 1, 1_000),
            TimersLoad.RequireLoopback(read.Text("pg", "Host=127.0.0.1;Port=5433;Username=postgres")),
            read.Text("db", "baton_scorecard_bench"),
            read.Text("sqlite-file", Path.Combine(Path.GetTempPath(), "baton-scorecard-bench.db")),
            read.Flag("reuse", false),
            read.Count("seed", 7, 0, int.MaxValue));
        read.RequireAllRead();
        return options.Open < options.Commitments ? options : throw new ArgumentException("--open must be smaller than --commitments.");
    }
}

/// <summary>
/// Scorecards and the Board over a generated year: P people in teams of ten (a lead and nine agents), ten teams per
/// department, department heads and managers; N commitments created evenly over the year before "now", the newest
/// <c>open</c> still open and the rest closed (85 % kept, 10 % broken, 5 % renegotiated or cancelled), with hand-offs,
/// escalations and attempts. Rows are bulk-loaded (PostgreSQL COPY, SQLite prepared inserts) with the secondary indexes
/// dropped and rebuilt afterwards, then each query is timed in a fresh DbContext through the product's own code.
/// </summary>
public static class ScorecardLoad
{
    private const int TeamSize = 10;
    private const int TeamsPerDepartment = 10;
    private static readonly string[] Tables = ["commitments", "commitment_custody", "commitment_timeline", "commitment_facts"];

    public static async Task<int> RunAsync(string[] args)
    {
        ScorecardLoadOptions options;
        try
        {
            options = ScorecardLoadOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message + Environment.NewLine + ScorecardLoadOptions.Usage);
            return 2;
        }
        Console.WriteLine($"scorecard-load: provider={options.Provider} commitments={options.Commitments:N0} people={options.People:N0} open={options.Open:N0} samples={options.Samples}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}");

        var connectionString = await PrepareDatabaseAsync(options);
        await using var node = BatonNode.Create(options.Provider, connectionString, dispatcherBatch: 200, services => services.AddSingleton<LiveUpdates>());
        var now = await node.WithDbAsync(async db =>
        {
            await db.MigrateAsync();
            if (await db.People.AnyAsync())
            {
                return await db.CommitmentFacts.MaxAsync(f => f.CreatedAt);
            }
            var watch = Stopwatch.StartNew();
            var org = await SeedOrganizationAsync(db, options);
            Console.WriteLine($"  organization: {org.People.Count:N0} people, {org.Teams.Count} teams, {org.Departments.Count} departments ({watch.Elapsed.TotalSeconds:F1} s)");
            watch.Restart();
            var end = new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
            await BulkLoadAsync(db, options, org, end);
            Console.WriteLine($"  {options.Commitments:N0} commitments with custody, facts and open timelines loaded and indexed in {watch.Elapsed.TotalSeconds:F0} s");
            return end;
        });
        Console.WriteLine($"  database: {await SizeAsync(node, options)}");

        var people = await node.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.TeamId != null).Select(p => p.Id).ToListAsync());
        var teams = await node.WithDbAsync(db => db.Teams.AsNoTracking().Select(t => t.Id).ToListAsync());
        var departments = await node.WithDbAsync(db => db.Departments.AsNoTracking().Select(d => d.Id).ToListAsync());
        var year = new Period(now.AddDays(-365), now);
        var month = new Period(now.AddDays(-30), now);
        var random = new Random(options.Seed);
        T Pick<T>(IReadOnlyList<T> list) => list[random.Next(list.Count)];

        var results = new List<(string Query, QueryTimes Times, string Check)>
        {
            await TimeAsync(node, options.Samples, "person scorecard, one year", async db =>
                Check(await ScorecardQuery.LoadViewAsync(db, (await ScorecardQuery.PersonAsync(db, Pick(people), default))!, year, now, default))),
            await TimeAsync(node, options.Samples, "person scorecard, one month", async db =>
                Check(await ScorecardQuery.LoadViewAsync(db, (await ScorecardQuery.PersonAsync(db, Pick(people), default))!, month, now, default))),
            await TimeAsync(node, options.Samples, "team scorecard, one year", async db =>
                Check(await ScorecardQuery.LoadViewAsync(db, (await ScorecardQuery.TeamAsync(db, Pick(teams), default))!, year, now, default))),
            await TimeAsync(node, options.Samples, "department scorecard, one month", async db =>
                Check(await ScorecardQuery.LoadViewAsync(db, (await ScorecardQuery.DepartmentAsync(db, Pick(departments), default))!, month, now, default))),
            await TimeAsync(node, Math.Max(3, options.Samples / 4), "department scorecard, one year", async db =>
                Check(await ScorecardQuery.LoadViewAsync(db, (await ScorecardQuery.DepartmentAsync(db, Pick(departments), default))!, year, now, default))),
            await TimeAsync(node, Math.Max(3, options.Samples / 4), "leadership scorecard, one year", async db =>
                Check(await ScorecardQuery.LoadViewAsync(db, await ScorecardQuery.LeadershipAsync(db, default), year, now, default))),
            await TimeAsync(node, options.Samples, "Board, whole center (open items, by person)", async db =>
                BoardCheck(await BoardQuery.LoadAsync(db, new BoardFilter(), now, default))),
            await TimeAsync(node, options.Samples, "Board, one department (by team)", async db =>
                BoardCheck(await BoardQuery.LoadAsync(db, new BoardFilter(BoardGrouping.Team, Department: Pick(departments)), now, default))),
        };

        Console.WriteLine();
        Console.WriteLine($"| query ({(options.Provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite")}, {options.Commitments:N0} commitments) | p50 | p95 | samples | what it read |");
        Console.WriteLine("|---|---:|---:|---:|---|");
        foreach (var (query, times, check) in results)
        {
            Console.WriteLine($"| {query} | {times.P50:F0} ms | {times.P95:F0} ms | {times.Count} | {check} |");
        }
        return 0;
    }

    private static string Check(ScorecardView view)
    {
        var kept = view.Figures.First(f => f.Key == "keptRate");
        return kept.Denominator == 0
            ? throw new InvalidOperationException($"The {view.Scope} scorecard of {view.Name} judged no promises: the generated data is wrong.")
            : $"kept rate over {kept.Denominator:N0} promises";
    }

    private static string BoardCheck(Board board) =>
        board.Total == 0 ? throw new InvalidOperationException("The Board is empty: the generated data is wrong.") : $"{board.Total:N0} open items";

    /// <summary>p50 and p95 (nearest rank) of a query's wall times, in milliseconds.</summary>
    private sealed record QueryTimes(int Count, double P50, double P95);

    private static async Task<(string, QueryTimes, string)> TimeAsync(BatonNode node, int samples, string query, Func<BatonDb, Task<string>> run)
    {
        var check = "";
        for (var i = 0; i < 2; i++)
        {
            check = await node.WithDbAsync(run);
        }
        var times = new List<double>();
        for (var i = 0; i < samples; i++)
        {
            var watch = Stopwatch.StartNew();
            check = await node.WithDbAsync(run);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        var sorted = times.Order().ToList();
        var summary = new QueryTimes(sorted.Count, Percentiles.NearestRank(sorted, 50), Percentiles.NearestRank(sorted, 95));
        Console.WriteLine($"  {query}: p50 {summary.P50:F0} ms, p95 {summary.P95:F0} ms ({check})");
        return (query, summary, check);
    }

    private static async Task<string> PrepareDatabaseAsync(ScorecardLoadOptions options)
    {
        if (options.Provider == DatabaseProvider.Postgres)
        {
            var cs = new NpgsqlConnectionStringBuilder(options.PgServer) { Database = options.PgDatabase, CommandTimeout = 0 }.ConnectionString;
            if (options.Reuse && await PostgresHasDataAsync(cs))
            {
                return cs;
            }
            await TimersLoad.RecreateDatabaseAsync(options.PgServer, options.PgDatabase);
            return cs;
        }
        if (!options.Reuse && File.Exists(options.SqliteFile))
        {
            foreach (var file in new[] { options.SqliteFile, options.SqliteFile + "-wal", options.SqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
        return new SqliteConnectionStringBuilder { DataSource = options.SqliteFile, DefaultTimeout = 600 }.ConnectionString;
    }

    private static async Task<bool> PostgresHasDataAsync(string cs)
    {
        try
        {
            await using var connection = new NpgsqlConnection(cs);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM commitment_facts)", connection);
            return (bool)(await command.ExecuteScalarAsync())!;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    private static async Task<string> SizeAsync(BatonNode node, ScorecardLoadOptions options)
    {
        if (options.Provider == DatabaseProvider.Sqlite)
        {
            return $"{new FileInfo(options.SqliteFile).Length / 1e9:F1} GB SQLite file";
        }
        var bytes = await node.WithDbAsync(db => db.Database.SqlQueryRaw<long>("SELECT pg_database_size(current_database()) AS \"Value\"").SingleAsync());
        return $"{bytes / 1e9:F1} GB PostgreSQL database";
    }

    private sealed record Org(List<Person> People, List<Team> Teams, List<Department> Departments, Dictionary<Guid, Guid> DepartmentOf);

    private static async Task<Org> SeedOrganizationAsync(BatonDb db, ScorecardLoadOptions options)
    {
        var now = new DateTime(2025, 10, 1, 0, 0, 0, DateTimeKind.Utc);
        var teamCount = Math.Max(1, (options.People - options.People / 50) / TeamSize);
        var departmentCount = Math.Max(1, (teamCount + TeamsPerDepartment - 1) / TeamsPerDepartment);
        var departments = Enumerable.Range(1, departmentCount).Select(i => new Department(Guid.CreateVersion7(), $"Department {i:D2}", "UTC")).ToList();
        var teams = Enumerable.Range(0, teamCount).Select(i => new Team(Guid.CreateVersion7(), $"Team {i + 1:D3}", departments[i / TeamsPerDepartment].Id)).ToList();
        var people = new List<Person>();
        var departmentOf = new Dictionary<Guid, Guid>();
        foreach (var (team, t) in teams.Select((team, t) => (team, t)))
        {
            for (var m = 0; m < TeamSize; m++)
            {
                var person = new Person(Guid.CreateVersion7(), $"p{t:D3}{m}", $"Person {t:D3}-{m}", m == 0 ? [Role.TeamLead, Role.Agent] : [Role.Agent], team.Id, "UTC", now);
                if (m == 0)
                {
                    team.AppointLead(person.Id);
                }
                people.Add(person);
                departmentOf[person.Id] = team.DepartmentId;
            }
        }
        foreach (var department in departments)
        {
            var head = new Person(Guid.CreateVersion7(), $"head{department.Name[^2..]}", $"Head of {department.Name}", [Role.DepartmentHead], null, "UTC", now);
            department.AppointHead(head.Id);
            people.Add(head);
            departmentOf[head.Id] = department.Id;
        }
        while (people.Count < options.People)
        {
            people.Add(new Person(Guid.CreateVersion7(), $"manager{people.Count}", $"Manager {people.Count}", [Role.Manager], null, "UTC", now));
        }
        db.Departments.AddRange(departments);
        db.Teams.AddRange(teams);
        db.People.AddRange(people);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        return new Org(people, teams, departments, departmentOf);
    }

    /// <summary>One generated commitment: its row, its first custody entry and its facts (the same shape the product writes).</summary>
    private sealed record Generated(
        Guid Id, CommitmentKind Kind, Guid OwnerId, Guid CreatorId, Guid CustomerId, DateTime CreatedAt, DateTime Due, CommitmentStatus Status,
        Outcome? Outcome, DateTime? ClosedAt, Guid? DepartmentId, CommitmentFact Fact);

    private static IEnumerable<Generated> Generate(ScorecardLoadOptions options, Org org, DateTime end)
    {
        var random = new Random(options.Seed);
        var start = end.AddDays(-365);
        var span = (end - start).Ticks;
        var agents = org.People.Where(p => p.HasRole(Role.Agent)).Select(p => p.Id).ToArray();
        var leaders = org.People.Where(p => !p.HasRole(Role.Agent)).Select(p => p.Id).ToArray();
        var customers = Enumerable.Range(0, 50_000).Select(_ => Guid.CreateVersion7()).ToArray();
        for (var i = 0; i < options.Commitments; i++)
        {
            // Created in order over the year, so the newest ones are the open ones.
            var created = Instants.Normalize(start.AddTicks(span / options.Commitments * i + random.NextInt64(span / options.Commitments)));
            var roll = random.Next(100);
            var kind = roll < 60 ? CommitmentKind.Callback : roll < 80 ? CommitmentKind.FollowUp : roll < 95 ? CommitmentKind.Handoff : CommitmentKind.Escalation;
            var owner = random.Next(100) < 95 ? agents[random.Next(agents.Length)] : leaders[random.Next(leaders.Length)];
            var creator = kind == CommitmentKind.Handoff ? agents[random.Next(agents.Length)] : owner;
            var due = created.AddMinutes(30 + random.Next(48 * 60));
            var open = i >= options.Commitments - options.Open;
            Outcome? outcome = null;
            DateTime? closed = null;
            var attempts = 0;
            if (!open)
            {
                var o = random.Next(100);
                outcome = o < 85 ? Outcome.Kept : o < 95 ? Outcome.Broken : o < 98 ? Outcome.Renegotiated : Outcome.Cancelled;
                closed = created.AddMinutes(10 + random.Next(60 * 60));
                attempts = kind == CommitmentKind.Callback ? 1 + random.Next(3) : 0;
            }
            var acceptance = kind == CommitmentKind.Handoff && (closed is not null || random.Next(2) == 0)
                ? new HandoffAcceptance(created, created.AddMinutes(1 + random.Next(120)), owner) : null;
            var firstActionAt = kind == CommitmentKind.Escalation && !open ? created.AddMinutes(5 + random.Next(240)) : (DateTime?)null;
            var fact = new CommitmentFact(Guid.CreateVersion7(created), kind, owner, created, due, outcome, closed, attempts, acceptance,
                firstActionAt is { } at ? new FirstAction(at, owner) : null);
            var status = open ? CommitmentStatus.Open : CommitmentStatus.Closed;
            yield return new Generated(fact.Id, kind, owner, creator, customers[random.Next(customers.Length)], created, due, status, outcome, closed,
                kind == CommitmentKind.Handoff ? org.DepartmentOf.GetValueOrDefault(owner) : null, fact);
        }
    }

    private static async Task BulkLoadAsync(BatonDb db, ScorecardLoadOptions options, Org org, DateTime end)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var indexes = await DropIndexesAsync(connection, db.IsPostgres);
        var watch = Stopwatch.StartNew();
        if (db.IsPostgres)
        {
            await CopyPostgresAsync((NpgsqlConnection)connection, Generate(options, org, end));
        }
        else
        {
            await InsertSqliteAsync((SqliteConnection)connection, Generate(options, org, end));
        }
        Console.WriteLine($"  rows loaded in {watch.Elapsed.TotalSeconds:F0} s; rebuilding {indexes.Count} indexes");
        watch.Restart();
        foreach (var create in indexes)
        {
            await ExecuteAsync(connection, create);
        }
        // PostgreSQL answers from an index alone only for pages the visibility map knows are all-visible: vacuum, as autovacuum would.
        await ExecuteAsync(connection, db.IsPostgres ? "VACUUM ANALYZE" : "ANALYZE");
        Console.WriteLine($"  indexes rebuilt and statistics gathered in {watch.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>Drops the secondary indexes of the loaded tables and returns the statements that recreate them.</summary>
    private static async Task<List<string>> DropIndexesAsync(DbConnection connection, bool postgres)
    {
        var tables = string.Join(", ", Tables.Select(t => $"'{t}'"));
        var sql = postgres
            ? $"SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ({tables}) AND indexname NOT LIKE 'PK_%'"
            : $"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ({tables}) AND sql IS NOT NULL";
        var found = new List<(string Name, string Create)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                found.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        foreach (var (name, _) in found)
        {
            await ExecuteAsync(connection, $"DROP INDEX \"{name}\"");
        }
        return [.. found.Select(f => f.Create)];
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task CopyPostgresAsync(NpgsqlConnection connection, IEnumerable<Generated> items)
    {
        var all = items.ToList();
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY commitments (\"Id\", \"Kind\", \"OwnerId\", \"PromiseeKind\", \"PromiseeId\", \"Due\", \"What\", \"CreatedAt\", \"CreatedById\", \"Status\", " +
            "\"Outcome\", \"ClosedAt\", \"ClosedUnreachable\", \"AwaitingAcceptance\", \"Watchers\", \"Version\", \"DepartmentId\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in all)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.Kind.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.OwnerId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(nameof(PromiseeKind.Customer), NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.CustomerId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.Due, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(What(c), NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(c.CreatorId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.Status.ToString(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, c.Outcome?.ToString(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, c.ClosedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(false, NpgsqlDbType.Boolean);
                await writer.WriteAsync(Array.Empty<Guid>(), NpgsqlDbType.Array | NpgsqlDbType.Uuid);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, c.DepartmentId, NpgsqlDbType.Uuid);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY commitment_custody (\"CommitmentId\", \"Sequence\", \"ToId\", \"Reason\", \"ActorId\", \"At\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in all)
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(c.OwnerId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(nameof(CustodyReason.Assigned), NpgsqlDbType.Varchar);
                await writer.WriteAsync(c.CreatorId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY commitment_timeline (\"CommitmentId\", \"Sequence\", \"At\", \"ActorId\", \"Kind\", \"Text\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var c in all.Where(c => c.Status != CommitmentStatus.Closed))
            {
                await writer.StartRowAsync();
                await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(1, NpgsqlDbType.Integer);
                await writer.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(c.CreatorId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(nameof(TimelineEntryKind.Created), NpgsqlDbType.Varchar);
                await writer.WriteAsync("Promised", NpgsqlDbType.Varchar);
            }
            await writer.CompleteAsync();
        }
        await using (var writer = await connection.BeginBinaryImportAsync(
            "COPY commitment_facts (\"Id\", \"Kind\", \"OwnerId\", \"CreatedAt\", \"Due\", \"Outcome\", \"ClosedAt\", \"Attempts\", \"HandedOffAt\", \"AcceptedAt\", " +
            "\"AcceptedById\", \"FirstActionAt\", \"FirstActionOwnerId\", \"ClosedOnTime\", \"AcceptanceMinutes\", \"ResponseMinutes\") FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var f in all.Select(c => c.Fact))
            {
                var row = CommitmentFactRow.From(f);
                await writer.StartRowAsync();
                await writer.WriteAsync(f.Id, NpgsqlDbType.Uuid);
                await writer.WriteAsync(f.Kind.ToString(), NpgsqlDbType.Varchar);
                await writer.WriteAsync(f.OwnerId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(f.CreatedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(f.Due, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, f.Outcome?.ToString(), NpgsqlDbType.Varchar);
                await WriteNullableAsync(writer, f.ClosedAt, NpgsqlDbType.TimestampTz);
                await writer.WriteAsync(f.Attempts, NpgsqlDbType.Integer);
                await WriteNullableAsync(writer, f.Acceptance?.HandedOffAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, f.Acceptance?.AcceptedAt, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, f.Acceptance?.AcceptedById, NpgsqlDbType.Uuid);
                await WriteNullableAsync(writer, f.FirstAction?.At, NpgsqlDbType.TimestampTz);
                await WriteNullableAsync(writer, f.FirstAction?.OwnerId, NpgsqlDbType.Uuid);
                await writer.WriteAsync(row.ClosedOnTime, NpgsqlDbType.Boolean);
                await WriteNullableAsync(writer, row.AcceptanceMinutes, NpgsqlDbType.Double);
                await WriteNullableAsync(writer, row.ResponseMinutes, NpgsqlDbType.Double);
            }
            await writer.CompleteAsync();
        }
    }

    private static async Task WriteNullableAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            await writer.WriteNullAsync();
        }
        else
        {
            await writer.WriteAsync(value, type);
        }
    }

    private static string What(Generated c) => c.Kind switch
    {
        CommitmentKind.Callback => "Call back about the invoice",
        CommitmentKind.Handoff => "Refund needs the bank details",
        CommitmentKind.Escalation => "Escalated: repeated billing error",
        _ => "Send the written confirmation",
    };

    // The text forms EF Core's SQLite provider writes: upper-case GUIDs and ISO instants with trimmed fractions.
    private static string Text(Guid id) => id.ToString("D").ToUpperInvariant();
    private static string Text(DateTime at) => at.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture);
    private static object Text(Guid? id) => id is { } value ? Text(value) : DBNull.Value;
    private static object Text(DateTime? at) => at is { } value ? Text(value) : DBNull.Value;

    private static async Task InsertSqliteAsync(SqliteConnection connection, IEnumerable<Generated> items)
    {
        await ExecuteAsync(connection, "PRAGMA synchronous = OFF");
        var commitment = Prepare(connection,
            "INSERT INTO commitments (Id, Kind, OwnerId, PromiseeKind, PromiseeId, Due, What, CreatedAt, CreatedById, Status, Outcome, ClosedAt, " +
            "ClosedUnreachable, AwaitingAcceptance, Watchers, Version, DepartmentId) VALUES ($id, $kind, $owner, 'Customer', $customer, $due, $what, $created, " +
            "$creator, $status, $outcome, $closed, 0, 0, '[]', 1, $department)",
            "$id", "$kind", "$owner", "$customer", "$due", "$what", "$created", "$creator", "$status", "$outcome", "$closed", "$department");
        var custody = Prepare(connection,
            "INSERT INTO commitment_custody (CommitmentId, Sequence, ToId, Reason, ActorId, At) VALUES ($id, 1, $owner, 'Assigned', $creator, $created)",
            "$id", "$owner", "$creator", "$created");
        var timeline = Prepare(connection,
            "INSERT INTO commitment_timeline (CommitmentId, Sequence, At, ActorId, Kind, Text) VALUES ($id, 1, $created, $creator, 'Created', 'Promised')",
            "$id", "$created", "$creator");
        var fact = Prepare(connection,
            "INSERT INTO commitment_facts (Id, Kind, OwnerId, CreatedAt, Due, Outcome, ClosedAt, Attempts, HandedOffAt, AcceptedAt, AcceptedById, " +
            "FirstActionAt, FirstActionOwnerId, ClosedOnTime, AcceptanceMinutes, ResponseMinutes) VALUES ($id, $kind, $owner, $created, $due, $outcome, $closed, " +
            "$attempts, $handed, $accepted, $acceptor, $first, $firstOwner, $onTime, $acceptance, $response)",
            "$id", "$kind", "$owner", "$created", "$due", "$outcome", "$closed", "$attempts", "$handed", "$accepted", "$acceptor", "$first", "$firstOwner",
            "$onTime", "$acceptance", "$response");
        SqliteTransaction? transaction = null;
        var count = 0;
        foreach (var c in items)
        {
            if (count++ % 100_000 == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync();
                }
                transaction = connection.BeginTransaction();
                foreach (var command in new[] { commitment, custody, timeline, fact })
                {
                    command.Transaction = transaction;
                }
            }
            await Run(commitment, Text(c.Id), c.Kind.ToString(), Text(c.OwnerId), Text(c.CustomerId), Text(c.Due), What(c), Text(c.CreatedAt), Text(c.CreatorId),
                c.Status.ToString(), (object?)c.Outcome?.ToString() ?? DBNull.Value, Text(c.ClosedAt), Text(c.DepartmentId));
            await Run(custody, Text(c.Id), Text(c.OwnerId), Text(c.CreatorId), Text(c.CreatedAt));
            if (c.Status != CommitmentStatus.Closed)
            {
                await Run(timeline, Text(c.Id), Text(c.CreatedAt), Text(c.CreatorId));
            }
            var f = c.Fact;
            var row = CommitmentFactRow.From(f);
            await Run(fact, Text(f.Id), f.Kind.ToString(), Text(f.OwnerId), Text(f.CreatedAt), Text(f.Due), (object?)f.Outcome?.ToString() ?? DBNull.Value,
                Text(f.ClosedAt), f.Attempts, Text(f.Acceptance?.HandedOffAt), Text(f.Acceptance?.AcceptedAt), Text(f.Acceptance?.AcceptedById),
                Text(f.FirstAction?.At), Text(f.FirstAction?.OwnerId), row.ClosedOnTime ? 1 : 0, (object?)row.AcceptanceMinutes ?? DBNull.Value,
                (object?)row.ResponseMinutes ?? DBNull.Value);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in names)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        return command;
    }

    private static async Task Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }
        await command.ExecuteNonQueryAsync();
    }
}
