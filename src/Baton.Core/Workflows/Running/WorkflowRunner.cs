namespace Baton.Core.Workflows;

/// <summary>
/// Moves a case through its workflow. Pure: (definition, state, input, now) in, new state and effects out;
/// the server applies the effects in the same transaction as the new state.
/// </summary>
public static class WorkflowRunner
{
    /// <summary>More nodes than this in one call means an automatic loop; the validator rejects those, this is the backstop.</summary>
    public const int MaxStepsPerAdvance = 100;

    public static WorkflowStepResult Start(WorkflowDefinition definition, WorkflowCaseContext caseContext, DateTime now)
    {
        now = Instants.RequireUtc(now, nameof(now));
        var state = new WorkflowState(
            definition.Key,
            definition.Version,
            definition.Start,
            WorkflowStatus.Running,
            new Dictionary<string, string>(StringComparer.Ordinal),
            new Dictionary<string, string>(caseContext.Fields, StringComparer.Ordinal),
            caseContext.Text ?? "",
            caseContext.Sentiment,
            [new NodeVisit(definition.Start, now, null, null)]);
        return Run(definition, state, null, now);
    }

    public static WorkflowStepResult Advance(WorkflowDefinition definition, WorkflowState state, WorkflowInput input, DateTime now)
    {
        now = Instants.RequireUtc(now, nameof(now));
        if (state.WorkflowKey != definition.Key || state.WorkflowVersion != definition.Version)
        {
            throw new DomainException("workflow",
                $"The case runs {state.WorkflowKey} v{state.WorkflowVersion}, not {definition.Key} v{definition.Version}.");
        }
        if (state.Status == WorkflowStatus.Completed)
        {
            throw new DomainException("input", $"The workflow already ended ({state.EndOutcome}).");
        }
        return Run(definition, WithCaseUpdates(state, input), input, now);
    }

    /// <summary>For the timer dispatcher: moves on when the wait's instant has passed, otherwise changes nothing.</summary>
    public static WorkflowStepResult Resume(WorkflowDefinition definition, WorkflowState state, DateTime now) =>
        state.Status == WorkflowStatus.Waiting && state.WaitUntil is { } until && until <= Instants.RequireUtc(now, nameof(now))
            ? Advance(definition, state, new WaitElapsed(), now)
            : new WorkflowStepResult(state, []);

    private static WorkflowStepResult Run(WorkflowDefinition definition, WorkflowState state, WorkflowInput? input, DateTime now)
    {
        var effects = new List<WorkflowEffect>();
        for (var steps = 0; steps < MaxStepsPerAdvance; steps++)
        {
            var node = definition.Node(state.CurrentNodeId);
            var execution = node.Execute(new NodeContext(definition, state, input, now));
            effects.AddRange(execution.Effects);
            input = null;
            switch (execution.Kind)
            {
                case NodeExecutionKind.AwaitInput:
                    return new WorkflowStepResult(state with { Status = WorkflowStatus.Running, WaitUntil = null, WaitEvent = null }, effects);
                case NodeExecutionKind.Suspend:
                    return new WorkflowStepResult(
                        state with { Status = WorkflowStatus.Waiting, WaitUntil = execution.WaitUntil, WaitEvent = execution.WaitEvent }, effects);
                case NodeExecutionKind.Complete:
                    var ended = state with
                    {
                        Status = WorkflowStatus.Completed,
                        EndOutcome = execution.Outcome,
                        WaitUntil = null,
                        WaitEvent = null,
                        Visits = CloseVisit(state.Visits, now, null),
                    };
                    return new WorkflowStepResult(ended, effects);
                case NodeExecutionKind.Continue:
                    var edge = node.ExitFor(execution.Outcome!);
                    state = state with
                    {
                        CurrentNodeId = edge.To,
                        Answers = Merge(state.Answers, execution.Answers),
                        WaitUntil = null,
                        WaitEvent = null,
                        Visits = [.. CloseVisit(state.Visits, now, edge.Outcome), new NodeVisit(edge.To, now, null, null)],
                    };
                    break;
            }
        }
        throw new DomainException("workflow",
            $"Workflow '{definition.Key}' passed {MaxStepsPerAdvance} nodes without stopping at {state.CurrentNodeId}; it loops without a Wait.");
    }

    private static WorkflowState WithCaseUpdates(WorkflowState state, WorkflowInput input)
    {
        if (input is not StepCompleted completed)
        {
            return state;
        }
        var text = string.IsNullOrWhiteSpace(completed.Notes)
            ? state.Text
            : string.Join('\n', new[] { state.Text, completed.Notes.Trim() }.Where(t => t.Length > 0));
        return state with
        {
            Text = text,
            Sentiment = completed.Sentiment ?? state.Sentiment,
            Fields = Merge(state.Fields, completed.Fields),
        };
    }

    private static List<NodeVisit> CloseVisit(IReadOnlyList<NodeVisit> visits, DateTime now, string? outcome) =>
        [.. visits.Take(visits.Count - 1), visits[^1] with { LeftAt = now, Outcome = outcome }];

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string> current, IReadOnlyDictionary<string, string>? updates)
    {
        var merged = new Dictionary<string, string>(current, StringComparer.Ordinal);
        foreach (var (key, value) in updates ?? new Dictionary<string, string>())
        {
            merged[key] = value;
        }
        return merged;
    }
}
