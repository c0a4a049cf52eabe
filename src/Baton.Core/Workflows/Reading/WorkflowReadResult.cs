namespace Baton.Core.Workflows;

/// <summary>The definition when the file has no problems, otherwise every problem found, in file order.</summary>
public sealed record WorkflowReadResult(WorkflowDefinition? Definition, IReadOnlyList<WorkflowProblem> Problems, string? FileName)
{
    public bool IsValid => Definition is not null;

    /// <summary>One <c>file:line:column: message</c> line per problem.</summary>
    public IReadOnlyList<string> FormatProblems() => Problems.Select(p => p.Format(FileName)).ToList();
}
