namespace Baton.Core.Workflows;

/// <summary>
/// One move in a test case: optionally check the case is at node <see cref="At"/>, then either apply
/// <see cref="Input"/> or let <see cref="Elapse"/> pass on the clock and resume the wait.
/// </summary>
public sealed record WorkflowTestStep(string? At, WorkflowInput? Input, TimeSpan? Elapse, SourcePosition Position);
