using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>PUT /api/v1/workflows/{key}/versions/{version} (YAML text): replaces the text of a Draft. Published and Retired versions never change.</summary>
public static class UpdateWorkflowDraft
{
    public static async Task<Results<Ok<WorkflowVersionView>, NotFound, ProblemHttpResult>> Handle(string key, int version, HttpRequest request,
        ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var yaml = await WorkflowText.ReadAsync(request, ct);
        try
        {
            var updated = await ExecuteAsync(db, Actor.From(user), key, version, yaml, Instants.FromTimeProvider(time), ct);
            return updated is null ? TypedResults.NotFound() : TypedResults.Ok(WorkflowVersionView.Of(updated));
        }
        catch (InvalidWorkflowException invalid)
        {
            return invalid.ToProblem();
        }
    }

    public static async Task<WorkflowVersion?> ExecuteAsync(BatonDb db, Actor actor, string key, int version, string yaml, DateTime now, CancellationToken ct)
    {
        var definition = CreateWorkflowDraft.Validate(yaml);
        var stored = await db.WorkflowVersions.FirstOrDefaultAsync(v => v.Key == key && v.Version == version, ct);
        if (stored is null)
        {
            return null;
        }
        if (definition.Key != key)
        {
            throw new DomainException("key", $"The text is workflow '{definition.Key}', not '{key}'.");
        }
        if (definition.Version != version)
        {
            throw new DomainException("version", $"The text says version {definition.Version}; this draft is version {version}.");
        }
        var before = stored.Yaml;
        var changes = WorkflowComparison.Compare(before, yaml);
        stored.ReplaceDraft(definition, yaml, now);
        await db.RecordAsync(actor, now, CreateWorkflowDraft.SubjectOf(key), AuditEventType.WorkflowDraftUpdated,
            new { Key = key, Version = version, Yaml = before },
            new { Key = key, Version = version, Yaml = yaml, changes.Added, changes.Removed, changes.Changed }, definition.ChangeReason, ct);
        await db.SaveChangesAsync(ct);
        return stored;
    }
}
