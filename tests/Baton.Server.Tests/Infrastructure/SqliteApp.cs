using Baton.Server.Data;
using Microsoft.Data.Sqlite;

namespace Baton.Server.Tests.Infrastructure;

/// <summary>Baton on a fresh SQLite file in the temp folder.</summary>
public sealed class SqliteApp : BatonApp
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"baton-test-{Guid.NewGuid():N}.db");

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override string ConnectionString => $"Data Source={_file}";

    public string DatabaseFile => _file;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(f);
        }
    }
}
