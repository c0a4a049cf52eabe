using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>
/// POST /api/v1/workflows/{key}/versions/{version}/publish {changeReason}: a Draft goes live. Publishing needs a change
/// reason and an owner (the YAML's <c>owner</c>) who is an active Manager or Admin; the previously Published version of
/// the key is retired in the same transaction.
/// </summary>
public static class PublishWorkflowVersion
{
    public const int MaxReasonLength = 2000;

    public sealed record Request(string? ChangeReason);

    public static async Task<Results<Ok<WorkflowVersionView>, NotFound>> Handle(string key, int version, Request request, ClaimsPrincipal user,
        BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var published = await ExecuteAsync(db, Actor.From(user), key, version, request.ChangeReason, Instants.FromTimeProvider(time), ct);
        return published is null ? TypedResults.NotFound() : TypedResults.Ok(WorkflowVersionView.Of(published));
    }

    public static async Task<WorkflowVersion?> ExecuteAsync(BatonDb db, Actor actor, string key, int version, string? changeReason, DateTime now,
        CancellationToken ct)
    {
        var target = await db.WorkflowVersions.FirstOrDefaultAsync(v => v.Key == key && v.Version == version, ct);
        if (target is null)
        {
            return null;
        }
        var reason = changeReason?.Trim();
        if (string.IsNullOrEmpty(reason))
        {
            throw new DomainException("changeReason", "Say why this version changes the process: publishing needs a change reason.");
        }
        if (reason.Length > MaxReasonLength)
        {
            throw new DomainException("changeReason", $"The change reason is {reason.Length} characters; at most {MaxReasonLength}.");
        }
        await RequireOwnerAsync(db, target.OwnerUserName, ct);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var subject = CreateWorkflowDraft.SubjectOf(key);
        var previous = await db.WorkflowVersions
            .FirstOrDefaultAsync(v => v.Key == key && v.Status == WorkflowVersionStatus.Published && v.Id != target.Id, ct);
        if (previous is not null)
        {
            // Saved first: the database allows one Published version per key at any moment.
            previous.Retire($"Superseded by version {version}.", actor.PersonId, actor.Name, now);
            await db.RecordAsync(actor, now, subject, AuditEventType.WorkflowRetired,
                new { Key = key, previous.Version, Status = WorkflowVersionStatus.Published },
                new { Key = key, previous.Version, Status = WorkflowVersionStatus.Retired, SupersededBy = version }, previous.RetireReason, ct);
            await db.SaveChangesAsync(ct);
        }
        var before = target.Status;
        target.Publish(reason, actor.PersonId, actor.Name, now);
        await db.RecordAsync(actor, now, subject, AuditEventType.WorkflowPublished,
            new { Key = key, Version = version, Status = before },
            new { Key = key, Version = version, Status = target.Status, Owner = target.OwnerUserName, Supersedes = previous?.Version }, reason, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return target;
    }

    /// <summary>The owner named in the text must be someone who can answer for the process: an active Manager or Admin.</summary>
    public static async Task RequireOwnerAsync(BatonDb db, string ownerUserName, CancellationToken ct)
    {
        var owner = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.UserName == ownerUserName, ct);
        if (owner is null)
        {
            throw new DomainException("owner", $"The workflow's owner '{ownerUserName}' is nobody in Baton; name an active Manager or Admin as owner.");
        }
        if (!owner.Active)
        {
            throw new DomainException("owner", $"The workflow's owner '{ownerUserName}' is no longer active; name an active Manager or Admin as owner.");
        }
        if (!owner.HasRole(Role.Manager) && !owner.HasRole(Role.Admin))
        {
            throw new DomainException("owner", $"The workflow's owner '{ownerUserName}' is not a Manager or Admin; only they can own a published process.");
        }
    }
}
