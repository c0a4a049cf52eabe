using Baton.Core.Audit;
using Baton.Core.Commitments;

namespace Baton.Core.Coaching;

public sealed partial class CoachingSession
{
    /// <summary>The agent confirms the session as recorded, optionally with a comment; late answers are allowed and stay visible as late.</summary>
    public CoachingEffects Acknowledge(Guid actorId, string? comment, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireAgent(actorId, "acknowledge the session");
        RequireStatus(CoachingStatus.Held, "acknowledge it");
        var text = CommitmentRules.OptionalText(comment, "comment", CoachingRules.MaxReasonLength);

        Status = CoachingStatus.Acknowledged;
        AcknowledgedAt = now;
        AcknowledgementComment = text;
        Touch();
        return CoachingEffects.Of(
            new CoachingAuditEntry(AuditEventType.CoachingSessionAcknowledged, AuditState.Of(("status", CoachingStatus.Held)),
                AuditState.Of(("status", Status), ("late", now > AcknowledgeBy)), text),
            actorId,
            (CoachId, $"The agent acknowledged the {Label}."));
    }

    /// <summary>
    /// The agent disputes the session with a reason. The reviewer (chosen by the server, or named by the agent) must hold a lead
    /// role and be neither the coach nor the agent.
    /// </summary>
    public CoachingEffects Dispute(Guid actorId, string? reason, ReviewerInfo reviewer, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireAgent(actorId, "dispute the session");
        RequireStatus(CoachingStatus.Held, "dispute it");
        var why = CommitmentRules.RequireText(reason, "reason", CoachingRules.MaxReasonLength, "The reason for the dispute");
        CommitmentRules.RequireId(reviewer.Id, "reviewerId");
        if (reviewer.Id == CoachId || reviewer.Id == AgentId)
        {
            throw new DomainException("reviewerId", "A dispute is reviewed by someone other than the coach and the agent.");
        }
        if (!reviewer.HoldsLeadRole)
        {
            throw new DomainException("reviewerId", "The reviewer must be an active team lead, supervisor, department head or manager.");
        }

        Status = CoachingStatus.Disputed;
        DisputedAt = now;
        DisputeReason = why;
        ReviewerId = reviewer.Id;
        Touch();
        return CoachingEffects.Of(
            new CoachingAuditEntry(AuditEventType.CoachingSessionDisputed, AuditState.Of(("status", CoachingStatus.Held)),
                AuditState.Of(("status", Status), ("reviewerId", reviewer.Id), ("late", now > AcknowledgeBy)), why),
            actorId,
            (reviewer.Id, $"Please review a disputed {Label}: {why}"),
            (CoachId, $"The agent disputed the {Label}; another lead reviews it."));
    }

    /// <summary>
    /// A lead other than the coach and the agent decides a dispute: Upheld (the session stands) or Amended (a new consequence
    /// with its goals or reason), always with a reason. The assigned reviewer decides; a Manager may take it over.
    /// </summary>
    public CoachingEffects ReviewDispute(ReviewerInfo actor, DisputeDecision? decision, string? reason, ConsequenceDecision? amendment, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireStatus(CoachingStatus.Disputed, "review it");
        if (actor.Id == CoachId)
        {
            throw new NotPermittedException("actorId", "The coach cannot review a dispute of their own session.");
        }
        if (actor.Id == AgentId)
        {
            throw new NotPermittedException("actorId", "The agent cannot review their own dispute.");
        }
        if (!actor.HoldsLeadRole || (actor.Id != ReviewerId && !actor.IsManager))
        {
            throw new NotPermittedException("actorId", "Only the assigned reviewer (or a manager) can review this dispute.");
        }
        if (decision is not { } verdict || !Enum.IsDefined(verdict))
        {
            throw new DomainException("decision", "Decide: Upheld or Amended.");
        }
        var why = CommitmentRules.RequireText(reason, "reason", CoachingRules.MaxReasonLength, "The reason for the decision");
        (Consequence Consequence, string? Reason, List<ImprovementGoal> Goals)? amended = null;
        switch (verdict)
        {
            case DisputeDecision.Upheld:
                if (amendment is not null)
                {
                    throw new DomainException("amendment", "An upheld session keeps its consequence; only an amendment changes it.");
                }
                break;
            case DisputeDecision.Amended:
                amended = CoachingRules.RequireDecision(amendment, "amendment", now, fromReview: true, firstGoal: Goals.Count + 1);
                break;
        }

        var before = AuditState.Of(("status", Status), ("consequence", ConsequenceInForce));
        Status = CoachingStatus.DisputeReviewed;
        ReviewedAt = now;
        ReviewedById = actor.Id;
        ReviewDecision = verdict;
        ReviewReason = why;
        if (amended is { } change)
        {
            AmendedConsequence = change.Consequence;
            AmendedConsequenceReason = change.Reason;
            Goals.AddRange(change.Goals);
        }
        Touch();
        var outcome = verdict == DisputeDecision.Upheld ? "upheld" : $"amended to {AmendedConsequence}";
        return CoachingEffects.Of(
            new CoachingAuditEntry(AuditEventType.CoachingDisputeReviewed, before,
                AuditState.Of(("status", Status), ("decision", verdict), ("consequence", ConsequenceInForce), ("reviewedById", actor.Id)), why),
            actor.Id,
            (AgentId, $"Your dispute of the {Label} was {outcome}: {why}"),
            (CoachId, $"The dispute of the {Label} was {outcome}: {why}"));
    }

    /// <summary>
    /// A timer found the deadline passed without an answer: the session is flagged and the coach and the coach's lead are told.
    /// Flagging twice, or a session already answered, changes nothing; before the deadline it is a conflict.
    /// </summary>
    public CoachingEffects MarkAcknowledgementOverdue(DateTime now, Guid? coachLeadId)
    {
        now = Instants.Normalize(now);
        if (Status != CoachingStatus.Held || AcknowledgementOverdueAt is not null)
        {
            return CoachingEffects.None;
        }
        if (now < AcknowledgeBy)
        {
            throw new ConflictException("acknowledgeBy", $"The agent has until {Instants.Format(AcknowledgeBy!.Value)}.");
        }
        AcknowledgementOverdueAt = now;
        Touch();
        return CoachingEffects.Of(
            new CoachingAuditEntry(AuditEventType.CoachingAcknowledgementOverdue, null, AuditState.Of(("acknowledgementOverdueAt", now)), null),
            null,
            (CoachId, $"The agent has not acknowledged or disputed the {Label}; the deadline passed."),
            (coachLeadId, $"In your team, the agent has not answered the {Label}; the deadline passed."));
    }
}
