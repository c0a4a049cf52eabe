using Baton.Core.Audit;
using Baton.Core.Commitments;

namespace Baton.Core.Coaching;

/// <summary>
/// A conversation between a lead (the coach) and an agent, tied to facts: Scheduled → Held (notes, consequence, action items)
/// → Acknowledged or Disputed → DisputeReviewed. Only the coach records it, only the agent acknowledges or disputes it, and a
/// dispute is reviewed by a lead who is neither of them. Every operation validates everything before it changes anything.
/// </summary>
public sealed partial class CoachingSession
{
    private CoachingSession() { }

    public Guid Id { get; private set; }
    public Guid CoachId { get; private set; }
    public Guid AgentId { get; private set; }
    public string Topic { get; private set; } = "";
    public DateTime ScheduledAt { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public CoachingStatus Status { get; private set; }

    public DateTime? HeldAt { get; private set; }
    /// <summary>What was discussed, as the coach recorded it.</summary>
    public string? Notes { get; private set; }
    public Consequence? Consequence { get; private set; }
    /// <summary>Why (required for a Release).</summary>
    public string? ConsequenceReason { get; private set; }

    /// <summary>The agent acknowledges or disputes by then; afterwards the session is flagged and the coach's lead told.</summary>
    public DateTime? AcknowledgeBy { get; private set; }
    public DateTime? AcknowledgedAt { get; private set; }
    public string? AcknowledgementComment { get; private set; }
    /// <summary>When the deadline was found passed without an answer; stays set as history.</summary>
    public DateTime? AcknowledgementOverdueAt { get; private set; }

    public DateTime? DisputedAt { get; private set; }
    public string? DisputeReason { get; private set; }
    /// <summary>The lead assigned to review the dispute.</summary>
    public Guid? ReviewerId { get; private set; }

    public DateTime? ReviewedAt { get; private set; }
    public Guid? ReviewedById { get; private set; }
    public DisputeDecision? ReviewDecision { get; private set; }
    public string? ReviewReason { get; private set; }
    /// <summary>The consequence set by a review that amended the session; the original stays in Consequence.</summary>
    public Consequence? AmendedConsequence { get; private set; }
    public string? AmendedConsequenceReason { get; private set; }

    public List<CoachingEvidence> Evidence { get; private set; } = [];
    public List<ImprovementGoal> Goals { get; private set; } = [];
    public List<CoachingActionItem> ActionItems { get; private set; } = [];

    /// <summary>Incremented by every change; the server uses it as the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    /// <summary>The consequence that applies now: the amended one after a review that changed it, else the one recorded.</summary>
    public Consequence? ConsequenceInForce => AmendedConsequence ?? Consequence;

    public bool AwaitsAnswer => Status == CoachingStatus.Held;

    private string Label => $"coaching session “{Topic}” of {Instants.Display(ScheduledAt)}";

    /// <summary>
    /// A lead schedules a session with someone they lead (or puts one held in the last week on record), attaching the facts to
    /// talk about. The agent is told at once and sees the same evidence.
    /// </summary>
    public static CoachingResult Schedule(Guid id, Guid coachId, Guid agentId, bool coachLeadsAgent, string? topic, DateTime scheduledAt,
        IReadOnlyList<EvidenceSnapshot>? evidence, DateTime now)
    {
        now = Instants.Normalize(now);
        CommitmentRules.RequireId(id, "id");
        CommitmentRules.RequireId(coachId, "coachId");
        CommitmentRules.RequireId(agentId, "agentId");
        if (agentId == coachId)
        {
            throw new DomainException("agentId", "A coaching session is with someone other than the coach.");
        }
        if (!coachLeadsAgent)
        {
            throw new NotPermittedException("agentId", "You can coach only the people you lead.");
        }
        var text = CommitmentRules.RequireText(topic, "topic", CoachingRules.MaxTopicLength, "The topic");
        var at = Instants.RequireUtc(scheduledAt, "scheduledAt");
        // A conversation that already took place may still be put on record, within a week.
        if (at < now - CoachingRules.MaxRecordingDelay)
        {
            throw new DomainException("scheduledAt", $"Schedule the session from a week ago on (it is now {Instants.Format(now)}).");
        }
        var pieces = CoachingRules.RequireEvidence(evidence, [], now);

        var session = new CoachingSession
        {
            Id = id,
            CoachId = coachId,
            AgentId = agentId,
            Topic = text,
            ScheduledAt = at,
            CreatedAt = now,
            Status = CoachingStatus.Scheduled,
            Evidence = pieces,
            Version = 1,
        };
        var effects = CoachingEffects.Of(
            new CoachingAuditEntry(AuditEventType.CoachingSessionScheduled, null, AuditState.Of(
                ("coachId", coachId), ("agentId", agentId), ("topic", text), ("scheduledAt", at), ("evidence", References(pieces))), null),
            coachId,
            (agentId, $"Your lead scheduled a {session.Label} with you; the evidence is attached."));
        return new CoachingResult(session, effects);
    }

    // Refusal helpers: called before any change.

    private void RequireCoach(Guid actorId, string doing)
    {
        if (actorId != CoachId)
        {
            throw new NotPermittedException("actorId", $"Only the coach can {doing}.");
        }
    }

    private void RequireAgent(Guid actorId, string doing)
    {
        if (actorId != AgentId)
        {
            throw new NotPermittedException("actorId", $"Only the coached agent can {doing}.");
        }
    }

    private void RequireStatus(CoachingStatus expected, string doing)
    {
        if (Status != expected)
        {
            throw new ConflictException("status", $"The session is {Status}; it must be {expected} to {doing}.");
        }
    }

    private static string References(IEnumerable<CoachingEvidence> pieces) => string.Join(", ", pieces.Select(e => e.Reference));

    private void Touch() => Version++;
}
