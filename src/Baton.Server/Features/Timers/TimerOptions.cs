namespace Baton.Server.Features.Timers;

/// <summary>Timers:* settings.</summary>
public sealed record TimerOptions(bool Enabled, int BatchSize, TimeSpan MaxSleep)
{
    public static TimerOptions From(IConfiguration configuration) => new(
        configuration.GetValue("Timers:Enabled", true),
        Math.Clamp(configuration.GetValue("Timers:BatchSize", 200), 1, 10_000),
        // Other nodes' new timers are not signalled here; this bounds how late this node notices them (they fire anyway on theirs).
        TimeSpan.FromSeconds(Math.Clamp(configuration.GetValue("Timers:MaxSleepSeconds", 10.0), 0.05, 300)));
}
