using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Handover;

public static class HandoverSetup
{
    /// <summary>The shift-end handover timer's handler; <see cref="ShiftEndTimers"/> itself is registered with the database.</summary>
    public static IServiceCollection AddBatonHandover(this IServiceCollection services)
    {
        services.AddScoped<ITimerHandler, ShiftEndHandoverTimer>();
        return services;
    }
}
