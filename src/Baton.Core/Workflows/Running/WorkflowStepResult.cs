namespace Baton.Core.Workflows;

/// <summary>The new state and, in order, what the server must do.</summary>
public sealed record WorkflowStepResult(WorkflowState State, IReadOnlyList<WorkflowEffect> Effects);
