namespace Baton.Core.Workflows;

/// <summary>Whether a test case passed, what actually happened, and each difference from what was expected.</summary>
public sealed record WorkflowTestCaseResult(
    string Name,
    bool Passed,
    IReadOnlyList<string> Differences,
    IReadOnlyList<string> ActualPath,
    string? ActualOutcome,
    IReadOnlyList<string> ActualEffects);
