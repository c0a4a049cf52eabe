using System.CommandLine;
using Baton.Server.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Baton.Cli;

/// <summary>
/// The --db and --provider options and how they become a BatonDb, built from DbContextOptions without the web host.
/// A plain path means SQLite; a value containing Host= means PostgreSQL; --provider overrides the guess.
/// </summary>
public sealed class CliDatabase
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The database: a SQLite file path (data/baton.db), a SQLite connection string, or a PostgreSQL connection string (Host=…).",
        Required = true,
    };

    public Option<string?> Provider { get; } = new("--provider")
    {
        Description = "sqlite or postgres; guessed from --db when left out.",
    };

    public CliDatabase()
    {
        Provider.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string?>();
            if (value is not null && !IsKnownProvider(value))
            {
                result.AddError($"--provider must be sqlite or postgres, not '{value}'.");
            }
        });
    }

    private static bool IsKnownProvider(string value) =>
        value.Trim().ToLowerInvariant() is "sqlite" or "postgres" or "postgresql";

    public void AddTo(Command command)
    {
        command.Options.Add(Db);
        command.Options.Add(Provider);
    }

    public Target Resolve(ParseResult parsed) => Target.From(parsed.GetRequiredValue(Db), parsed.GetValue(Provider));

    /// <summary>Where the database is, and how to open it.</summary>
    public sealed record Target(DatabaseProvider Provider, string ConnectionString, string? SqliteFile)
    {
        public static Target From(string db, string? provider)
        {
            var value = db.Trim();
            var kind = provider?.Trim().ToLowerInvariant() switch
            {
                "sqlite" => DatabaseProvider.Sqlite,
                "postgres" or "postgresql" => DatabaseProvider.Postgres,
                _ => value.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite,
            };
            if (kind == DatabaseProvider.Postgres)
            {
                return new Target(kind, value, null);
            }
            var connection = LooksLikeConnectionString(value) ? value : new SqliteConnectionStringBuilder { DataSource = value }.ConnectionString;
            var file = new SqliteConnectionStringBuilder(connection).DataSource;
            return new Target(kind, connection, file is "" or ":memory:" ? null : Path.GetFullPath(file));
        }

        /// <summary>A short description without secrets, for messages.</summary>
        public string Describe()
        {
            if (Provider == DatabaseProvider.Sqlite)
            {
                return $"SQLite {SqliteFile ?? ConnectionString}";
            }
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL database '{b.Database}' on {b.Host}:{b.Port}";
        }

        public BatonDb Open() => Provider switch
        {
            DatabaseProvider.Postgres => new PostgresBatonDb(new DbContextOptionsBuilder<PostgresBatonDb>().UseNpgsql(ConnectionString).Options),
            _ => new SqliteBatonDb(new DbContextOptionsBuilder<SqliteBatonDb>().UseSqlite(ConnectionString).Options),
        };

        private static bool LooksLikeConnectionString(string value) =>
            value.Contains('=', StringComparison.Ordinal) &&
            (value.Contains("Data Source", StringComparison.OrdinalIgnoreCase) || value.Contains("DataSource", StringComparison.OrdinalIgnoreCase) ||
             value.Contains("Filename", StringComparison.OrdinalIgnoreCase));
    }
}
