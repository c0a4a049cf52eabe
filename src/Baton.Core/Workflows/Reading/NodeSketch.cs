namespace Baton.Core.Workflows;

/// <summary>
/// The graph view of a node, kept even when the node itself has problems, so graph checks still run and
/// one mistake does not cascade into "dangling edge" reports for every edge pointing at it.
/// </summary>
internal sealed record NodeSketch(string Id, SourcePosition Position, NodeKind? Kind, IReadOnlyList<WorkflowEdge> Exits);
