using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.Tallies;
using Baton.Server.Features.Handover;
using Baton.Server.Features.Routing;
using Baton.Server.Features.Timers;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Baton.Server.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public static class DatabaseSetup
{
    public const string DefaultSqlite = "Data Source=data/baton.db";

    public static DatabaseProvider ProviderFrom(IConfiguration configuration) =>
        configuration["Database:Provider"] switch
        {
            null or "" => DatabaseProvider.Sqlite,
            var p when p.Equals("Sqlite", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Sqlite,
            var p when p.Equals("Postgres", StringComparison.OrdinalIgnoreCase) || p.Equals("PostgreSQL", StringComparison.OrdinalIgnoreCase) => DatabaseProvider.Postgres,
            var p => throw new InvalidOperationException($"Database:Provider '{p}' is not supported; use Sqlite or Postgres."),
        };

    // A relative SQLite file is placed under baseFolder (the content root), whatever the working directory.
    public static IServiceCollection AddBatonDatabase(this IServiceCollection services, IConfiguration configuration, string? baseFolder = null)
    {
        var connectionString = configuration.GetConnectionString("Baton");
        services.TryAddSingleton<ShiftEndTimers>();
        services.TryAddSingleton<LiveAfterCommit>();
        services.TryAddSingleton<CommitmentFactsProjector>();
        services.TryAddSingleton<DailyTallyRecorder>();
        switch (ProviderFrom(configuration))
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Baton is empty.");
                }
                services.AddDbContext<PostgresBatonDb>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(Interceptors(sp)));
                services.AddScoped<BatonDb>(sp => sp.GetRequiredService<PostgresBatonDb>());
                break;
            case DatabaseProvider.Sqlite:
                connectionString = AnchorSqliteFile(string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString, baseFolder);
                EnsureSqliteFolder(connectionString);
                services.AddDbContext<SqliteBatonDb>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(Interceptors(sp)));
                services.AddScoped<BatonDb>(sp => sp.GetRequiredService<SqliteBatonDb>());
                break;
        }
        return services;
    }

    // Facts are projected before they are tallied. Shift-end timers are added in the same save as their shift, before the timer interceptor looks for new timers.
    private static IInterceptor[] Interceptors(IServiceProvider sp) =>
    [
        sp.GetRequiredService<CommitmentFactsProjector>(), sp.GetRequiredService<DailyTallyRecorder>(),
        sp.GetRequiredService<ShiftEndTimers>(),
        // Only hosts that route (AddBatonRouting) follow changes for routing; tools and load harnesses leave it out.
        .. sp.GetServices<RoutingTriggers>(),
        sp.GetRequiredService<TimerScheduledInterceptor>(), sp.GetRequiredService<LiveAfterCommit>(),
    ];

    public static async Task MigrateAsync(this BatonDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres)
        {
            // WAL lets readers proceed while the single writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
            // Statistics for indexes a migration just made (and tables that grew): without them the planner can prefer
            // scanning a million closed commitments to a partial index of the open few. 0x10002 samples rather than
            // reading whole tables, so start-up stays quick on a large file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA optimize=0x10002;", ct);
        }
    }

    private static string AnchorSqliteFile(string connectionString, string? baseFolder)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        if (baseFolder is null || builder.DataSource == ":memory:" || Path.IsPathRooted(builder.DataSource))
        {
            return connectionString;
        }
        builder.DataSource = Path.GetFullPath(Path.Combine(baseFolder, builder.DataSource));
        return builder.ConnectionString;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(folder) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}

/// <summary>Used by dotnet-ef only; migrations need no live database.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBatonDb>
{
    public SqliteBatonDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteBatonDb>().UseSqlite(DatabaseSetup.DefaultSqlite).Options);
}

/// <summary>Used by dotnet-ef only; migrations need no live database.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBatonDb>
{
    public PostgresBatonDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresBatonDb>().UseNpgsql("Host=127.0.0.1;Database=baton;Username=postgres").Options);
}
