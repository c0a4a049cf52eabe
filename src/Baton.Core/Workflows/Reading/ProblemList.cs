namespace Baton.Core.Workflows;

/// <summary>Collects problems while reading so the author sees all of them at once.</summary>
internal sealed class ProblemList
{
    private readonly List<WorkflowProblem> problems = [];

    public int Count => problems.Count;

    public void Add(SourcePosition at, string code, string message) => problems.Add(new WorkflowProblem(at.Line, at.Column, code, message));

    public IReadOnlyList<WorkflowProblem> InFileOrder() =>
        problems.Distinct().OrderBy(p => p.Line).ThenBy(p => p.Column).ThenBy(p => p.Code, StringComparer.Ordinal).ToList();
}
