namespace Baton.Core.Coaching;

/// <summary>What kind of fact a piece of evidence is. Numbers are stored: never renumber.</summary>
public enum EvidenceKind
{
    Commitment = 1,
    /// <summary>One figure of the agent's scorecard for a period.</summary>
    ScorecardFigure = 2,
    /// <summary>A node of a workflow version (the step that was or was not followed).</summary>
    WorkflowNode = 3,
    /// <summary>An expectation version in force when the session was held.</summary>
    Expectation = 4,
}

/// <summary>
/// A fact as it was shown, captured by the server: Reference names it ("commitment/{id}", "scorecard/{person}/{from}/{to}/{figure}",
/// "workflow/{key}/{version}/{node}", "expectation/{id}"), Summary says it in one line and Snapshot holds its values at that
/// moment (JSON), so the agent later sees exactly what was used even if the data has changed since.
/// </summary>
public sealed record EvidenceSnapshot(EvidenceKind Kind, string Reference, string Summary, string Snapshot);

/// <summary>One piece of evidence attached to a session, in the order attached.</summary>
public sealed record CoachingEvidence(int Sequence, EvidenceKind Kind, string Reference, string Summary, string Snapshot, DateTime CapturedAt);

/// <summary>A goal of an improvement plan; FromReview marks the goals of a plan set by a dispute review.</summary>
public sealed record ImprovementGoal(int Sequence, string Goal, DateTime Due, bool FromReview);

/// <summary>An action item as the coach records it; the server gives it the id of the commitment it becomes.</summary>
public sealed record ActionItemInput(Guid CommitmentId, ActionItemSide? Side, string? What, DateTime? Due);

/// <summary>
/// A promise made in the session, kept as an ActionItem commitment: Owner is whoever promised, Promisee the other person.
/// </summary>
public sealed record CoachingActionItem(int Sequence, ActionItemSide Side, Guid OwnerId, Guid PromiseeId, Guid CommitmentId, string What, DateTime Due);
