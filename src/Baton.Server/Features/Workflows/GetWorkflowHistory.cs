using System.Text.Json;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>GET /api/v1/workflows/{key}: every version, newest first, and the change log: who did what, when and why.</summary>
public static class GetWorkflowHistory
{
    public sealed record WorkflowChange(DateTime At, string Actor, string Type, int? Version, string? Reason);

    public sealed record WorkflowHistory(string Key, string Title, string Owner, int? PublishedVersion, IReadOnlyList<WorkflowVersionView> Versions,
        IReadOnlyList<WorkflowChange> Changes);

    public static async Task<Results<Ok<WorkflowHistory>, NotFound>> Handle(string key, BatonDb db, CancellationToken ct) =>
        await ExecuteAsync(db, key, ct) is { } history ? TypedResults.Ok(history) : TypedResults.NotFound();

    public static async Task<WorkflowHistory?> ExecuteAsync(BatonDb db, string key, CancellationToken ct)
    {
        var versions = await db.WorkflowVersions.AsNoTracking().Where(v => v.Key == key).OrderByDescending(v => v.Version).ToListAsync(ct);
        if (versions.Count == 0)
        {
            return null;
        }
        var subject = CreateWorkflowDraft.SubjectOf(key);
        var events = await db.AuditEvents.AsNoTracking().Where(e => e.Subject == subject).OrderByDescending(e => e.Sequence)
            .Select(e => new { e.At, e.ActorName, e.Type, e.After, e.Reason })
            .ToListAsync(ct);
        var changes = events.Select(e => new WorkflowChange(e.At, e.ActorName, e.Type.ToString(), VersionIn(e.After), e.Reason)).ToList();
        var shown = versions.FirstOrDefault(v => v.Status == WorkflowVersionStatus.Published) ?? versions[0];
        return new WorkflowHistory(key, shown.Title, shown.OwnerUserName,
            versions.FirstOrDefault(v => v.Status == WorkflowVersionStatus.Published)?.Version,
            versions.Select(WorkflowVersionView.Of).ToList(), changes);
    }

    private static int? VersionIn(string? json)
    {
        if (json is null)
        {
            return null;
        }
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty("version", out var v) && v.TryGetInt32(out var number) ? number : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
