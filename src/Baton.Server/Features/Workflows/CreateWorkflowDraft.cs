using System.Globalization;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Workflows;

/// <summary>
/// POST /api/v1/workflows (YAML text): stores a new Draft version. The text must validate, and its <c>version</c> must be
/// the key's next number (1 for a new key), so versions are never skipped or reused.
/// </summary>
public static class CreateWorkflowDraft
{
    public static async Task<Results<Created<WorkflowVersionView>, ProblemHttpResult>> Handle(HttpRequest request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var yaml = await WorkflowText.ReadAsync(request, ct);
        try
        {
            var version = await ExecuteAsync(db, Actor.From(user), yaml, Instants.FromTimeProvider(time), ct);
            return TypedResults.Created($"/api/v1/workflows/{version.Key}/versions/{version.Version}", WorkflowVersionView.Of(version));
        }
        catch (InvalidWorkflowException invalid)
        {
            return invalid.ToProblem();
        }
    }

    public static async Task<WorkflowVersion> ExecuteAsync(BatonDb db, Actor actor, string yaml, DateTime now, CancellationToken ct)
    {
        var definition = Validate(yaml);
        var latest = await db.WorkflowVersions.AsNoTracking().Where(v => v.Key == definition.Key)
            .MaxAsync(v => (int?)v.Version, ct) ?? 0;
        var next = latest + 1;
        if (definition.Version <= latest)
        {
            throw new ConflictException("version",
                $"Version {definition.Version.ToString(CultureInfo.InvariantCulture)} of '{definition.Key}' already exists; write version: {next.ToString(CultureInfo.InvariantCulture)}.");
        }
        if (definition.Version != next)
        {
            throw new DomainException("version",
                $"The next version of '{definition.Key}' is {next.ToString(CultureInfo.InvariantCulture)}, not {definition.Version.ToString(CultureInfo.InvariantCulture)}.");
        }
        var version = new WorkflowVersion
        {
            Id = Guid.CreateVersion7(),
            Key = definition.Key,
            Version = definition.Version,
            Yaml = yaml,
            Title = definition.Title,
            OwnerUserName = definition.Owner,
            DraftReason = definition.ChangeReason,
            AuthorId = actor.PersonId,
            AuthorName = actor.Name,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.WorkflowVersions.Add(version);
        await db.RecordAsync(actor, now, SubjectOf(version.Key), AuditEventType.WorkflowDraftCreated, null,
            new { version.Key, version.Version, version.Title, Owner = version.OwnerUserName, version.Yaml }, version.DraftReason, ct);
        await db.SaveChangesAsync(ct);
        return version;
    }

    /// <summary>The definition in the text, or every problem as an <see cref="InvalidWorkflowException"/>.</summary>
    public static WorkflowDefinition Validate(string yaml)
    {
        var result = WorkflowReader.Read(yaml);
        return result.Definition ?? throw new InvalidWorkflowException(result.Problems);
    }

    /// <summary>All versions of one workflow share one audit chain.</summary>
    public static string SubjectOf(string key) => $"workflow/{key}";
}
