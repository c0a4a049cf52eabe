namespace Baton.Core.Workflows;

/// <summary>A way out of a node: when the node finishes with <see cref="Outcome"/>, the case moves to <see cref="To"/>.</summary>
public sealed record WorkflowEdge(string From, string Outcome, string To, SourcePosition Position);
