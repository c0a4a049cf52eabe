using Baton.Server.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Baton.Server.Features.Health;

public static class HealthSetup
{
    public static IServiceCollection AddBatonHealth(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return services;
    }

    /// <summary>/health answers 200 when the process is up and the database answers; anonymous so load balancers can probe it.</summary>
    public static IEndpointRouteBuilder MapBatonHealth(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }
}

internal sealed class DatabaseHealthCheck(BatonDb db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("database reachable")
            : HealthCheckResult.Unhealthy("database unreachable");
}
