using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>GET /api/v1/workflows/{key}/versions/{version}: the YAML as written and a summary of the parsed definition.</summary>
public static class GetWorkflowVersion
{
    public static async Task<Results<Ok<WorkflowVersionDetail>, NotFound>> Handle(string key, int version, BatonDb db, CancellationToken ct)
    {
        var stored = await FindAsync(db, key, version, ct);
        return stored is null
            ? TypedResults.NotFound()
            : TypedResults.Ok(new WorkflowVersionDetail(WorkflowVersionView.Of(stored), stored.Yaml, WorkflowDefinitionSummary.Of(stored.Definition())));
    }

    public static Task<WorkflowVersion?> FindAsync(BatonDb db, string key, int version, CancellationToken ct) =>
        db.WorkflowVersions.AsNoTracking().FirstOrDefaultAsync(v => v.Key == key && v.Version == version, ct);
}
