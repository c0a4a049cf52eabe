using Baton.Server.Features.Access;
using Baton.Server.Features.Workflows;

namespace Baton.Server.Features.Bottlenecks;

public static class BottlenecksApi
{
    public static IEndpointRouteBuilder MapBottlenecksApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/workflows/{key}/bottlenecks").WithTags("Bottlenecks")
            .RequireAuthorization(Policies.SignedIn).RequireAuthorization(BottleneckAccess.Readers);
        group.MapGet("/", GetWorkflowBottlenecks.Handle).WithName("GetWorkflowBottlenecks")
            .WithSummary("Per node: time in node p50/p90, passes, waiting now, exits, transfers and heat; version optional, from/to default to the last 30 days");
        group.MapGet("/chart.svg", RenderBottleneckChart.Handle).Produces(200, contentType: RenderWorkflowChart.SvgContentType)
            .WithName("GetBottleneckChart").WithSummary("The flowchart with the heat overlay (fill by p90, figures per node) and a legend, as SVG");
        group.MapGet("/{nodeId}/cases", GetSlowCases.Handle).WithName("GetBottleneckSlowCases")
            .WithSummary("The slowest cases at a node in the period (?slowest=20, at most 200), with time in node, owner and link");
        return app;
    }
}
