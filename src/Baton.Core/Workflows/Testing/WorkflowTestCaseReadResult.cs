namespace Baton.Core.Workflows;

public sealed record WorkflowTestCaseReadResult(IReadOnlyList<WorkflowTestCase> Cases, IReadOnlyList<WorkflowProblem> Problems, string? FileName)
{
    public bool IsValid => Problems.Count == 0;

    public IReadOnlyList<string> FormatProblems() => Problems.Select(p => p.Format(FileName)).ToList();
}
