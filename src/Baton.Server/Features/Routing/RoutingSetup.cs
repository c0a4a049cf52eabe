using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Routing;

public static class RoutingSetup
{
    public static IServiceCollection AddBatonRouting(this IServiceCollection services)
    {
        services.AddSingleton<RoutingTriggers>();
        foreach (var kind in new[] { RoutingPasses.Kind, RoutingPasses.OfferExpiryKind, RoutingPasses.OverflowKind })
        {
            services.AddScoped<ITimerHandler>(_ => new RoutingTimer(kind));
        }
        return services;
    }
}
