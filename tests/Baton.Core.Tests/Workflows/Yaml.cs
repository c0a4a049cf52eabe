using Baton.Core.Workflows;

namespace Baton.Core.Tests.Workflows;

/// <summary>Small workflow texts for tests: a fixed header so node lines are easy to count (nodes start at line 8).</summary>
internal static class Yaml
{
    public const string Header = """
        key: demo
        title: Demo
        owner: manager
        version: 1
        changeReason: Test
        start: ask
        nodes:

        """;

    /// <summary>Header plus the given node lines; the first node line is line 8.</summary>
    public static string Workflow(string nodes) => Header + nodes;

    public static WorkflowDefinition Definition(string nodes)
    {
        var result = WorkflowReader.Read(Workflow(nodes), "demo.yaml");
        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.FormatProblems()));
        return result.Definition!;
    }

    public static IReadOnlyList<WorkflowProblem> Problems(string nodes) => WorkflowReader.Read(Workflow(nodes), "demo.yaml").Problems;

    public static WorkflowProblem Single(string yaml, string code)
    {
        var problems = WorkflowReader.Read(yaml, "demo.yaml").Problems;
        var matching = problems.Where(p => p.Code == code).ToList();
        Assert.True(matching.Count == 1, $"Expected one {code}, got: {string.Join(" | ", problems.Select(p => $"{p.Line}:{p.Column} {p.Code} {p.Message}"))}");
        return matching[0];
    }

    public static void AssertAt(WorkflowProblem problem, int line, int column)
    {
        Assert.True((line, column) == (problem.Line, problem.Column),
            $"Expected {problem.Code} at {line}:{column}, got {problem.Line}:{problem.Column}: {problem.Message}");
    }
}
