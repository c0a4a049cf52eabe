using Baton.Server.Components;
using Baton.Server.Data;
using Baton.Server.Features.Timers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Baton.Server.Tests.Timers;

/// <summary>An extra Baton node on an existing database: for restart and several-node tests.</summary>
public sealed class TimerHost(DatabaseProvider provider, string connectionString, TimeProvider time, bool dispatcherRunning, int batchSize = 200)
    : WebApplicationFactory<App>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", provider.ToString());
        builder.UseSetting("ConnectionStrings:Baton", connectionString);
        builder.UseSetting("Baton:Demo:Enabled", "false");
        builder.UseSetting("Timers:Enabled", dispatcherRunning ? "true" : "false");
        builder.UseSetting("Timers:BatchSize", batchSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Timers:MaxSleepSeconds", "0.2");
        builder.UseSetting("Audit:CheckpointSeconds", "3600");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton(time);
            services.AddScoped<ITimerHandler, CreateCustomerTimer>();
        });
    }

    public TimerDispatcher Dispatcher => Services.GetRequiredService<TimerDispatcher>();

    public async Task<T> WithDbAsync<T>(Func<BatonDb, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<BatonDb>());
    }
}
