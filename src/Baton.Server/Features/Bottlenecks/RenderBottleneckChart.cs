using Baton.Core;
using Baton.Core.Workflows;
using Baton.Core.Workflows.Bottlenecks;
using Baton.Server.Data;
using Baton.Server.Features.Workflows;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Bottlenecks;

/// <summary>GET /api/v1/workflows/{key}/bottlenecks/chart.svg?version=&amp;from=&amp;to=: the flowchart with the heat overlay and its legend.</summary>
public static class RenderBottleneckChart
{
    public static async Task<Results<ContentHttpResult, NotFound>> Handle(string key, int? version, DateTime? from, DateTime? to, HttpResponse response,
        BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var result = await GetWorkflowBottlenecks.ExecuteAsync(db, key, version, BottleneckPeriod.Of(from, to, now), now, ct);
        if (result is null)
        {
            return TypedResults.NotFound();
        }
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Content(Svg(result, "bottleneck-chart", null), RenderWorkflowChart.SvgContentType);
    }

    /// <summary>The chart of a computed report; <paramref name="linkOf"/> gives each node's link (the page: its slow cases).</summary>
    public static string Svg(GetWorkflowBottlenecks.Result result, string idPrefix, Func<string, string?>? linkOf) =>
        FlowchartRenderer.Render(result.Workflow.Chart, new FlowchartOptions
        {
            IdPrefix = idPrefix,
            Overlay = BottleneckOverlay.For(result.Workflow.Chart, result.Report, linkOf),
        });
}
