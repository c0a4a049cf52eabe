namespace Baton.Core.Workflows;

/// <summary>What a node decided: how to go on, the effects it caused, and any answers it recorded.</summary>
public sealed record NodeExecution(
    NodeExecutionKind Kind,
    string? Outcome,
    IReadOnlyList<WorkflowEffect> Effects,
    IReadOnlyDictionary<string, string>? Answers = null,
    DateTime? WaitUntil = null,
    string? WaitEvent = null)
{
    public static NodeExecution Continue(string outcome, params WorkflowEffect[] effects) => new(NodeExecutionKind.Continue, outcome, effects);

    public static NodeExecution AwaitInput() => new(NodeExecutionKind.AwaitInput, null, []);

    public static NodeExecution Suspend(ScheduleWait wait) => new(NodeExecutionKind.Suspend, null, [wait], WaitUntil: wait.Until, WaitEvent: wait.EventName);

    /// <summary>Outcome is the End node's outcome (resolved, sold…), not an edge.</summary>
    public static NodeExecution Complete(CaseEnded ended) => new(NodeExecutionKind.Complete, ended.Outcome, [ended]);
}
