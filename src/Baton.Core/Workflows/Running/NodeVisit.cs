namespace Baton.Core.Workflows;

/// <summary>One pass through a node. Left - Entered per node is what bottleneck reports add up.</summary>
public sealed record NodeVisit(string NodeId, DateTime EnteredAt, DateTime? LeftAt, string? Outcome);
