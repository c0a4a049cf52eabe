namespace Baton.Server.Features.Timers;

public static class TimersSetup
{
    public static IServiceCollection AddBatonTimers(this IServiceCollection services)
    {
        services.AddSingleton<TimerSignal>();
        services.AddSingleton<TimerScheduledInterceptor>();
        services.AddSingleton<TimerMetrics>();
        services.AddSingleton<TimerDispatcher>();
        services.AddHostedService<TimerService>();
        return services;
    }
}
