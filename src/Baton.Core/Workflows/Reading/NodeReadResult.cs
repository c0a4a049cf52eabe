namespace Baton.Core.Workflows;

/// <summary>The node, when its fields were all valid, and its ways out either way.</summary>
internal sealed record NodeReadResult(WorkflowNode? Node, IReadOnlyList<WorkflowEdge> Exits);
