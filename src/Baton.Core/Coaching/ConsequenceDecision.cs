namespace Baton.Core.Coaching;

/// <summary>A goal of an improvement plan: what is to be reached, by when.</summary>
public sealed record GoalInput(string? Goal, DateTime? Due);

/// <summary>
/// The consequence of a session (or of a dispute review that amends it), as given. An ImprovementPlan needs goals,
/// each with a due date; a Release needs a reason.
/// </summary>
public sealed record ConsequenceDecision(Consequence? Consequence, IReadOnlyList<GoalInput>? Goals, string? Reason);
