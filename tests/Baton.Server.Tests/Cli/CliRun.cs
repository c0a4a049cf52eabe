using Baton.Cli;
using Baton.Server.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Baton.Server.Tests.Cli;

/// <summary>Runs the baton command line in-process and captures what it prints.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args) =>
        await RunAsync(args, stdin: "", environment: null, time: null);

    public static async Task<CliRun> RunAsync(string[] args, string stdin, IReadOnlyDictionary<string, string>? environment, TimeProvider? time)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var host = new CliHost(stdout, stderr, new StringReader(stdin), time ?? new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)),
            name => environment is not null && environment.TryGetValue(name, out var value) ? value : null, InteractiveInput: false);
        var code = await BatonCli.RunAsync(args, host);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>The --db value that names the test app's database: a plain file path for SQLite, a connection string for PostgreSQL.</summary>
    public static string DbOf(BatonApp app) => app switch
    {
        SqliteApp sqlite => sqlite.DatabaseFile,
        PostgresApp postgres => new NpgsqlConnectionStringBuilder(PostgresApp.ServerConnectionString) { Database = postgres.Database }.ConnectionString,
        _ => throw new ArgumentOutOfRangeException(nameof(app)),
    };

    public override string ToString() => $"exit {ExitCode}\nstdout: {Out}\nstderr: {Error}";
}
