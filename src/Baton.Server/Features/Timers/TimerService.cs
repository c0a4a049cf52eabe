using Baton.Core;

namespace Baton.Server.Features.Timers;

/// <summary>
/// Runs the dispatcher: fires what is due, then sleeps until the next due instant, waking early when a timer is
/// scheduled on this node, and at least every Timers:MaxSleepSeconds to see timers scheduled by other nodes.
/// </summary>
public sealed class TimerService(TimerDispatcher dispatcher, TimerSignal signal, TimeProvider time, IConfiguration configuration, ILogger<TimerService> logger)
    : BackgroundService
{
    private readonly TimerOptions _options = TimerOptions.From(configuration);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Arm();
            DateTime? next = null;
            try
            {
                await dispatcher.FireDueAsync(stoppingToken);
                next = await dispatcher.NextDueAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "The timer dispatcher failed; retrying shortly");
            }
            var now = Instants.FromTimeProvider(time);
            var sleep = next is null ? _options.MaxSleep : next.Value - now;
            if (sleep > _options.MaxSleep)
            {
                sleep = _options.MaxSleep;
            }
            if (sleep <= TimeSpan.Zero)
            {
                continue;
            }
            try
            {
                await Task.WhenAny(Task.Delay(sleep, time, stoppingToken), wake);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
