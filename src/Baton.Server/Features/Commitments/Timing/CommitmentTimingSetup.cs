using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Commitments.Timing;

public static class CommitmentTimingSetup
{
    public static IServiceCollection AddCommitmentTiming(this IServiceCollection services)
    {
        services.AddScoped<TimerWork>();
        services.AddScoped<ITimerHandler, ReminderTimer>();
        services.AddScoped<ITimerHandler, DueTimer>();
        services.AddScoped<ITimerHandler, OverdueRepeatTimer>();
        services.AddScoped<ITimerHandler, EscalationTimer>();
        services.AddScoped<ITimerHandler, AcceptanceSlaTimer>();
        services.AddScoped<ITimerHandler, NextAttemptTimer>();
        return services;
    }
}
