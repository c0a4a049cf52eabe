using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>POST /api/v1/workflows/{key}/versions/{version}/retire {reason?}: a Draft or Published version is withdrawn for good.</summary>
public static class RetireWorkflowVersion
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<WorkflowVersionView>, NotFound>> Handle(string key, int version, Request? request, ClaimsPrincipal user,
        BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var retired = await ExecuteAsync(db, Actor.From(user), key, version, request?.Reason, Instants.FromTimeProvider(time), ct);
        return retired is null ? TypedResults.NotFound() : TypedResults.Ok(WorkflowVersionView.Of(retired));
    }

    public static async Task<WorkflowVersion?> ExecuteAsync(BatonDb db, Actor actor, string key, int version, string? reason, DateTime now,
        CancellationToken ct)
    {
        var target = await db.WorkflowVersions.FirstOrDefaultAsync(v => v.Key == key && v.Version == version, ct);
        if (target is null)
        {
            return null;
        }
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > PublishWorkflowVersion.MaxReasonLength })
        {
            throw new DomainException("reason", $"The reason is {reason.Length} characters; at most {PublishWorkflowVersion.MaxReasonLength}.");
        }
        var before = target.Status;
        target.Retire(reason, actor.PersonId, actor.Name, now);
        await db.RecordAsync(actor, now, CreateWorkflowDraft.SubjectOf(key), AuditEventType.WorkflowRetired,
            new { Key = key, Version = version, Status = before }, new { Key = key, Version = version, Status = target.Status }, reason, ct);
        await db.SaveChangesAsync(ct);
        return target;
    }
}
