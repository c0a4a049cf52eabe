namespace Baton.Core.Workflows;

/// <summary>A scripted run of a workflow and what it must produce. Unset expectations are not checked.</summary>
public sealed record WorkflowTestCase(
    string Name,
    WorkflowCaseContext Context,
    IReadOnlyList<WorkflowTestStep> Steps,
    IReadOnlyList<string> ExpectedPath,
    string? ExpectedOutcome,
    WorkflowStatus? ExpectedStatus,
    IReadOnlyList<string>? ExpectedEffects,
    SourcePosition Position);
