using Baton.Core.Workflows;

namespace Baton.Server.Features.Workflows;

/// <summary>A version as lists and histories show it: status and its governance trail, without the text.</summary>
public sealed record WorkflowVersionView(
    string Key, int Version, WorkflowVersionStatus Status, string Title, string Owner, string DraftReason, string? ChangeReason,
    string AuthorName, DateTime CreatedAt, DateTime UpdatedAt, DateTime? PublishedAt, string? PublishedBy, DateTime? RetiredAt, string? RetiredBy,
    string? RetireReason)
{
    public static WorkflowVersionView Of(WorkflowVersion v) => new(v.Key, v.Version, v.Status, v.Title, v.OwnerUserName, v.DraftReason, v.ChangeReason,
        v.AuthorName, v.CreatedAt, v.UpdatedAt, v.PublishedAt, v.PublishedByName, v.RetiredAt, v.RetiredByName, v.RetireReason);
}

/// <summary>One line of the workflow list: the latest version of a key, and which version is live.</summary>
public sealed record WorkflowSummaryView(string Key, string Title, string Owner, int LatestVersion, WorkflowVersionStatus LatestStatus,
    int? PublishedVersion, DateTime UpdatedAt);

/// <summary>A version with its text and what the definition contains.</summary>
public sealed record WorkflowVersionDetail(WorkflowVersionView Version, string Yaml, WorkflowDefinitionSummary Definition);

public sealed record WorkflowDefinitionSummary(string Key, string Title, string Owner, int Version, string ChangeReason, string? Description, string Start,
    IReadOnlyList<WorkflowNodeSummary> Nodes)
{
    public static WorkflowDefinitionSummary Of(WorkflowDefinition d) => new(d.Key, d.Title, d.Owner, d.Version, d.ChangeReason, d.Description, d.Start,
        d.Nodes.Select(n => new WorkflowNodeSummary(n.Id, n.Kind, n.Title,
            n.Exits.Select(e => new WorkflowExitSummary(e.Outcome, e.To, FlowchartLayouter.LabelOf(d, e))).ToList())).ToList());
}

public sealed record WorkflowNodeSummary(string Id, NodeKind Kind, string Title, IReadOnlyList<WorkflowExitSummary> Exits);

public sealed record WorkflowExitSummary(string Outcome, string To, string? Label);

/// <summary>One problem in a workflow text, as the API reports it.</summary>
public sealed record WorkflowProblemView(int Line, int Column, string Code, string Message)
{
    public static WorkflowProblemView Of(WorkflowProblem p) => new(p.Line, p.Column, p.Code, p.Message);
}

/// <summary>A workflow text that does not validate; the API answers 400 with every problem.</summary>
public sealed class InvalidWorkflowException(IReadOnlyList<WorkflowProblem> problems)
    : Baton.Core.DomainException("yaml", $"The workflow has {problems.Count} problem(s); the first: {problems.FirstOrDefault()?.Format(null)}")
{
    public IReadOnlyList<WorkflowProblem> Problems { get; } = problems;

    /// <summary>400 problem details whose <c>errors</c> lists every problem with line and column.</summary>
    public Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult ToProblem() => Microsoft.AspNetCore.Http.TypedResults.Problem(
        statusCode: StatusCodes.Status400BadRequest,
        title: "The workflow has problems",
        detail: Message,
        extensions: new Dictionary<string, object?> { ["errors"] = Problems.Select(WorkflowProblemView.Of).ToList() });
}
