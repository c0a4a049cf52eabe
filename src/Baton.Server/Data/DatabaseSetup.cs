using Baton.Server.Features.Timers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

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

    public static IServiceCollection AddBatonDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Baton");
        switch (ProviderFrom(configuration))
        {
            case DatabaseProvider.Postgres:
                if (string.IsNullOrWhiteSpace(connectionString))
                {
                    throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Baton is empty.");
                }
                services.AddDbContext<PostgresBatonDb>((sp, o) => o.UseNpgsql(connectionString).AddInterceptors(sp.GetRequiredService<TimerScheduledInterceptor>()));
                services.AddScoped<BatonDb>(sp => sp.GetRequiredService<PostgresBatonDb>());
                break;
            case DatabaseProvider.Sqlite:
                connectionString = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqlite : connectionString;
                EnsureSqliteFolder(connectionString);
                services.AddDbContext<SqliteBatonDb>((sp, o) => o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<TimerScheduledInterceptor>()));
                services.AddScoped<BatonDb>(sp => sp.GetRequiredService<SqliteBatonDb>());
                break;
        }
        return services;
    }

    public static async Task MigrateAsync(this BatonDb db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (!db.IsPostgres)
        {
            // WAL lets readers proceed while the single writer commits.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
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
