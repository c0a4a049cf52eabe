namespace Baton.Core.Workflows;

/// <summary>One branch of a decision: if <see cref="When"/> holds, go to <see cref="To"/>.</summary>
public sealed record DecisionBranch(WorkflowCondition When, string To, SourcePosition Position);
