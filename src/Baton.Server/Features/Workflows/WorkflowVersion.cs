using Baton.Core;
using Baton.Core.Workflows;

namespace Baton.Server.Features.Workflows;

/// <summary>Where a version stands: a Draft may be edited, published or retired; Published serves new cases; Retired is final.</summary>
public enum WorkflowVersionStatus
{
    Draft = 1,
    Published = 2,
    Retired = 3,
}

/// <summary>
/// One stored version of a workflow definition: its YAML text exactly as written, and its governance trail
/// (who wrote it, who published it and why, who retired it). At most one version of a key is Published.
/// </summary>
public sealed class WorkflowVersion
{
    /// <summary>Largest YAML text accepted; it also travels inside audit events.</summary>
    public const int MaxYamlLength = 60_000;

    public Guid Id { get; init; }
    public required string Key { get; init; }
    public required int Version { get; init; }
    public WorkflowVersionStatus Status { get; private set; } = WorkflowVersionStatus.Draft;
    public required string Yaml { get; set; }
    public required string Title { get; set; }
    /// <summary>User name of the person who maintains the process, as the YAML names it.</summary>
    public required string OwnerUserName { get; set; }
    /// <summary>The change reason the author wrote in the YAML.</summary>
    public required string DraftReason { get; set; }
    /// <summary>The reason given when publishing; required to publish.</summary>
    public string? ChangeReason { get; private set; }
    public Guid? AuthorId { get; init; }
    public required string AuthorName { get; init; }
    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }
    public DateTime? PublishedAt { get; private set; }
    public Guid? PublishedById { get; private set; }
    public string? PublishedByName { get; private set; }
    public DateTime? RetiredAt { get; private set; }
    public Guid? RetiredById { get; private set; }
    public string? RetiredByName { get; private set; }
    public string? RetireReason { get; private set; }

    /// <summary>Parses the stored text; stored text was valid when saved, so this only fails if the reader grew stricter.</summary>
    public WorkflowDefinition Definition()
    {
        var result = WorkflowReader.Read(Yaml, $"{Key}.yaml");
        return result.Definition
               ?? throw new DomainException("yaml", $"Stored version {Version} of '{Key}' no longer validates: {string.Join("; ", result.FormatProblems())}");
    }

    public void ReplaceDraft(WorkflowDefinition definition, string yaml, DateTime now)
    {
        if (Status != WorkflowVersionStatus.Draft)
        {
            throw new ConflictException("status", $"Version {Version} of '{Key}' is {Status}; only a draft can be edited. Create a new version instead.");
        }
        Yaml = yaml;
        Title = definition.Title;
        OwnerUserName = definition.Owner;
        DraftReason = definition.ChangeReason;
        UpdatedAt = now;
    }

    public void Publish(string changeReason, Guid? byId, string byName, DateTime now)
    {
        if (Status != WorkflowVersionStatus.Draft)
        {
            throw new ConflictException("status", Status == WorkflowVersionStatus.Retired
                ? $"Version {Version} of '{Key}' is retired; retired is final. Create a new version instead."
                : $"Version {Version} of '{Key}' is already published.");
        }
        Status = WorkflowVersionStatus.Published;
        ChangeReason = changeReason;
        PublishedAt = now;
        PublishedById = byId;
        PublishedByName = byName;
        UpdatedAt = now;
    }

    public void Retire(string? reason, Guid? byId, string byName, DateTime now)
    {
        if (Status == WorkflowVersionStatus.Retired)
        {
            throw new ConflictException("status", $"Version {Version} of '{Key}' is already retired.");
        }
        Status = WorkflowVersionStatus.Retired;
        RetireReason = reason;
        RetiredAt = now;
        RetiredById = byId;
        RetiredByName = byName;
        UpdatedAt = now;
    }
}
