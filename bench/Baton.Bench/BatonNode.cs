using Baton.Server.Data;
using Baton.Server.Features.Timers;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Baton.Bench;

/// <summary>
/// A Baton node without a web host: the database, the timer services and the real TimerService (background dispatcher)
/// on the system clock, with a no-op handler for the burst kind.
/// </summary>
public sealed class BatonNode : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly IHostedService[] _hosted;

    private BatonNode(ServiceProvider services)
    {
        _services = services;
        _hosted = [.. services.GetServices<IHostedService>()];
    }

    /// <summary>Builds the node; <paramref name="configure"/> adds what a particular load needs (handlers, services).</summary>
    public static BatonNode Create(DatabaseProvider provider, string connectionString, int dispatcherBatch, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Baton"] = connectionString,
            ["Timers:Enabled"] = "true",
            ["Timers:BatchSize"] = dispatcherBatch.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        // EF logs a failed command when it first looks for the migration history of a fresh database: expected, not shown.
        services.AddLogging(b => b.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Critical));
        services.AddMetrics();
        services.AddSingleton(TimeProvider.System);
        services.AddBatonTimers();
        services.AddBatonDatabase(configuration);
        services.AddScoped<ITimerHandler, NoOpTimer>();
        configure?.Invoke(services);
        return new BatonNode(services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true }));
    }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public async Task<T> WithDbAsync<T>(Func<BatonDb, Task<T>> work)
    {
        await using var scope = _services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BatonDb>());
    }

    public async Task WithDbAsync(Func<BatonDb, Task> work) => await WithDbAsync(async db =>
    {
        await work(db);
        return true;
    });

    public async Task StartAsync()
    {
        foreach (var service in _hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async Task StopAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        foreach (var service in _hosted)
        {
            await service.StopAsync(timeout.Token);
        }
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();
}
