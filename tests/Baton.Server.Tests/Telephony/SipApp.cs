using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Baton.Server.Components;
using Baton.Server.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Telephony;

/// <summary>
/// Baton on a real socket (Kestrel on a loopback port) with the demo center on SQLite and the system clock, so a PBX
/// process on this machine can post to it and its timestamps mean what they say.
/// </summary>
public sealed class SipApp : IAsyncLifetime
{
    public const string Password = "demo-sip";
    private readonly string _db = Path.Combine(Path.GetTempPath(), $"baton-sip-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<App>? _factory;

    public Uri BaseAddress { get; private set; } = null!;

    public Task InitializeAsync()
    {
        _factory = new WebApplicationFactory<App>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Testing");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("ConnectionStrings:Baton", $"Data Source={_db}");
            b.UseSetting("Baton:Demo:Enabled", "true");
            b.UseSetting("Baton:Demo:Password", Password);
            b.UseSetting("Baton:Demo:Commitments", "false");
            b.UseSetting("Timers:Enabled", "false");
            b.UseSetting("Audit:CheckpointSeconds", "3600");
        });
        _factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        return Task.CompletedTask;
    }

    public async Task<HttpClient> SignInAsync(string userName)
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password = Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("token").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<BatonDb, Task<T>> work)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BatonDb>());
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(f);
        }
    }
}
