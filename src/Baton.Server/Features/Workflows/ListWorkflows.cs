using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>GET /api/v1/workflows: each workflow once, as its latest version, with the number of the Published one.</summary>
public static class ListWorkflows
{
    public static async Task<Ok<List<WorkflowSummaryView>>> Handle(BatonDb db, CancellationToken ct) => TypedResults.Ok(await ExecuteAsync(db, ct));

    public static async Task<List<WorkflowSummaryView>> ExecuteAsync(BatonDb db, CancellationToken ct)
    {
        var versions = await db.WorkflowVersions.AsNoTracking()
            .Select(v => new { v.Key, v.Version, v.Status, v.Title, v.OwnerUserName, v.UpdatedAt })
            .ToListAsync(ct);
        return versions.GroupBy(v => v.Key)
            .Select(g =>
            {
                var latest = g.MaxBy(v => v.Version)!;
                var published = g.FirstOrDefault(v => v.Status == WorkflowVersionStatus.Published);
                var shown = published ?? latest;
                return new WorkflowSummaryView(g.Key, shown.Title, shown.OwnerUserName, latest.Version, latest.Status, published?.Version,
                    g.Max(v => v.UpdatedAt));
            })
            .OrderBy(s => s.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
