using Baton.Server.Features.Access;
using Baton.Server.Features.Timers;
using OpenTelemetry.Metrics;

namespace Baton.Server.Features.Health;

/// <summary>
/// OpenTelemetry metrics (timer fire lag and counts, HTTP server metrics), scraped in Prometheus format at /metrics by
/// an integration token or an admin.
/// </summary>
public static class MetricsSetup
{
    public static IServiceCollection AddBatonMetrics(this IServiceCollection services)
    {
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddMeter(TimerMetrics.MeterName)
            .AddMeter("Microsoft.AspNetCore.Hosting")
            .AddPrometheusExporter());
        return services;
    }

    public static IEndpointRouteBuilder MapBatonMetrics(this IEndpointRouteBuilder app)
    {
        app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.Integration);
        return app;
    }
}
