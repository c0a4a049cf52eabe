namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>One stored pass of a case through a node: the version the case ran when it entered, and when it entered and left.</summary>
public sealed record VisitFact(Guid CaseId, int Sequence, int WorkflowVersion, string NodeId, DateTime EnteredAt, DateTime? LeftAt);

/// <summary>How a case stands. A completed case names its end outcome; ClosedAt is the instant its End visit was made.</summary>
public sealed record CaseFact(Guid CaseId, WorkflowStatus Status, string? EndOutcome, DateTime? ClosedAt);

/// <summary>A case passed to another owner (the first assignment is not a transfer).</summary>
public sealed record TransferFact(Guid CaseId, DateTime At);

/// <summary>
/// What a bottleneck report is computed from: one workflow's visits that overlap the period (left in it or after it,
/// or still open, and entered before its end), of every version, with their cases and the transfers made in the period.
/// </summary>
public sealed record BottleneckFacts(IReadOnlyList<VisitFact> Visits, IReadOnlyList<CaseFact> Cases, IReadOnlyList<TransferFact> Transfers);
