using Baton.Core.Commitments;

namespace Baton.Core.Metrics;

/// <summary>
/// What the metrics need to know about one commitment, as plain data. <see cref="CommitmentFacts.From"/> reads it from
/// a <see cref="Commitment"/>; tests and reports may build it directly.
/// </summary>
/// <param name="Id">The commitment.</param>
/// <param name="Kind">Callback, Handoff, Escalation…</param>
/// <param name="OwnerId">The last owner in the custody chain: for a closed commitment, the owner at closing.</param>
/// <param name="CreatedAt">When the promise was made.</param>
/// <param name="Due">When it is due.</param>
/// <param name="Outcome">Null while open.</param>
/// <param name="ClosedAt">Null while open.</param>
/// <param name="Attempts">How many attempts were recorded.</param>
/// <param name="Acceptance">The first accepted hand-off, if any.</param>
/// <param name="FirstAction">The first attempt, acceptance or closing, whichever came first.</param>
public sealed record CommitmentFact(
    Guid Id,
    CommitmentKind Kind,
    Guid OwnerId,
    DateTime CreatedAt,
    DateTime Due,
    Outcome? Outcome = null,
    DateTime? ClosedAt = null,
    int Attempts = 0,
    HandoffAcceptance? Acceptance = null,
    FirstAction? FirstAction = null);

/// <summary>A hand-off (the custody entry passing it to the receiver) and its acceptance, by whom.</summary>
public sealed record HandoffAcceptance(DateTime HandedOffAt, DateTime AcceptedAt, Guid AcceptedById);

/// <summary>The first thing done about a commitment, and who owned it then.</summary>
public sealed record FirstAction(DateTime At, Guid OwnerId);

/// <summary>One call, email or chat, handled by one person, about one customer's issue.</summary>
/// <param name="InteractionId">The interaction.</param>
/// <param name="CustomerId">The customer it was with.</param>
/// <param name="IssueKey">
/// Identifies the issue, so a repeat contact about the same issue can be told from a new one. Null while nobody has said
/// what the contact was about: such a later contact counts as a repeat of any issue of the same customer.
/// </param>
/// <param name="HandledById">The person who handled it: its satisfaction score and resolution are theirs.</param>
/// <param name="At">When it started.</param>
/// <param name="Resolved">The handler marked the issue resolved.</param>
/// <param name="HandleTime">Talk, hold and wrap-up time.</param>
public sealed record InteractionFact(
    Guid InteractionId,
    Guid CustomerId,
    string? IssueKey,
    Guid HandledById,
    DateTime At,
    bool Resolved,
    TimeSpan HandleTime);

/// <summary>A customer's satisfaction score (1–5) for one interaction.</summary>
public sealed record SurveyResponse(Guid InteractionId, int Score);
