namespace Baton.Core.Workflows;

/// <summary>
/// Runs test cases against a definition with the pure runner. The clock starts at <see cref="StartsAt"/> and only
/// moves when a step says <c>elapse</c>, so expected effects that mention instants are reproducible.
/// </summary>
public static class WorkflowTestRunner
{
    public static readonly DateTime StartsAt = new(2025, 1, 6, 9, 0, 0, DateTimeKind.Utc);

    public static IReadOnlyList<WorkflowTestCaseResult> Run(WorkflowDefinition definition, IReadOnlyList<WorkflowTestCase> testCases) =>
        testCases.Select(c => Run(definition, c)).ToList();

    public static WorkflowTestCaseResult Run(WorkflowDefinition definition, WorkflowTestCase testCase)
    {
        var differences = new List<string>();
        var now = StartsAt;
        var result = WorkflowRunner.Start(definition, testCase.Context, now);
        var effects = new List<WorkflowEffect>(result.Effects);
        for (var i = 0; i < testCase.Steps.Count; i++)
        {
            var step = testCase.Steps[i];
            var label = $"step {i + 1} (line {step.Position.Line})";
            if (step.At is not null && step.At != result.State.CurrentNodeId)
            {
                differences.Add($"{label}: expected to be at '{step.At}', but the case is at '{result.State.CurrentNodeId}'.");
                break;
            }
            try
            {
                if (step.Elapse is { } elapse)
                {
                    now += elapse;
                    result = WorkflowRunner.Resume(definition, result.State, now);
                }
                else if (step.Input is { } input)
                {
                    result = WorkflowRunner.Advance(definition, result.State, input, now);
                }
                effects.AddRange(result.Effects);
            }
            catch (DomainException e)
            {
                differences.Add($"{label} at '{result.State.CurrentNodeId}': {e.Message}");
                break;
            }
        }
        var state = result.State;
        var described = effects.Select(e => e.Describe()).ToList();
        Compare(differences, "path", testCase.ExpectedPath, state.Path);
        if (testCase.ExpectedOutcome is { } outcome && outcome != state.EndOutcome)
        {
            differences.Add($"outcome: expected {outcome}, got {state.EndOutcome ?? $"none ({state.Status} at '{state.CurrentNodeId}')"}.");
        }
        var expectedStatus = testCase.ExpectedStatus ?? (testCase.ExpectedOutcome is null ? null : WorkflowStatus.Completed);
        if (expectedStatus is { } status && status != state.Status)
        {
            differences.Add($"status: expected {status}, got {state.Status} at '{state.CurrentNodeId}'.");
        }
        if (testCase.ExpectedEffects is { } expectedEffects)
        {
            Compare(differences, "effects", expectedEffects, described);
        }
        return new WorkflowTestCaseResult(testCase.Name, differences.Count == 0, differences, state.Path, state.EndOutcome, described);
    }

    private static void Compare(List<string> differences, string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (!expected.SequenceEqual(actual, StringComparer.Ordinal))
        {
            differences.Add($"{what}: expected [{string.Join(", ", expected)}], got [{string.Join(", ", actual)}].");
        }
    }
}
