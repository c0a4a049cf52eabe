using System.Globalization;
using Baton.Core;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Workflows;

/// <summary>
/// GET /api/v1/workflows/{key}/versions/{version}/chart.svg?highlight=nodeId&amp;changedFrom=version: the flowchart of the
/// stored definition, with one node highlighted and the nodes added or changed since another version marked.
/// </summary>
public static class RenderWorkflowChart
{
    public const string SvgContentType = "image/svg+xml";

    public static async Task<Results<ContentHttpResult, NotFound>> Handle(string key, int version, string? highlight, int? changedFrom,
        HttpResponse response, BatonDb db, CancellationToken ct)
    {
        var svg = await ExecuteAsync(db, key, version, highlight, changedFrom, ct);
        if (svg is null)
        {
            return TypedResults.NotFound();
        }
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        return TypedResults.Content(svg, SvgContentType);
    }

    public static async Task<string?> ExecuteAsync(BatonDb db, string key, int version, string? highlight, int? changedFrom, CancellationToken ct)
    {
        var stored = await GetWorkflowVersion.FindAsync(db, key, version, ct);
        if (stored is null)
        {
            return null;
        }
        var definition = stored.Definition();
        if (highlight is not null && definition.Nodes.All(n => n.Id != highlight))
        {
            throw new DomainException("highlight", $"Version {version.ToString(CultureInfo.InvariantCulture)} of '{key}' has no node '{highlight}'.");
        }
        IReadOnlySet<string> changed = new HashSet<string>();
        if (changedFrom is { } other)
        {
            var baseline = await GetWorkflowVersion.FindAsync(db, key, other, ct)
                           ?? throw new DomainException("changedFrom", $"'{key}' has no version {other.ToString(CultureInfo.InvariantCulture)}.");
            changed = WorkflowComparison.Compare(baseline.Yaml, stored.Yaml).ChangedOrAdded;
        }
        return FlowchartRenderer.Render(definition, new FlowchartOptions { HighlightNodeId = highlight, ChangedNodeIds = changed });
    }
}
