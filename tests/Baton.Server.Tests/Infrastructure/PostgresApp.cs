using Baton.Server.Data;
using Npgsql;

namespace Baton.Server.Tests.Infrastructure;

/// <summary>
/// Baton on a fresh PostgreSQL database, created on the server named by BATON_TEST_PG
/// (default: 127.0.0.1:5433, user postgres) and dropped afterwards.
/// </summary>
public sealed class PostgresApp : BatonApp
{
    private readonly string _database = $"baton_t_{Guid.NewGuid():N}";

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("BATON_TEST_PG") ?? "Host=127.0.0.1;Port=5433;Database=postgres;Username=postgres";

    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    public override string ConnectionString =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = _database, Pooling = true }.ConnectionString;

    public string Database => _database;

    public override async Task InitializeAsync()
    {
        try
        {
            await using var admin = new NpgsqlConnection(ServerConnectionString);
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException)
        {
            Unavailable = $"PostgreSQL is not reachable at '{ServerConnectionString}': {ex.Message}";
        }
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (Unavailable is not null)
        {
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(ServerConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
