using Baton.Core.Audit;
using Baton.Core.Commitments;

namespace Baton.Core.Coaching;

public sealed partial class CoachingSession
{
    /// <summary>
    /// The coach records the session: what was discussed, the consequence, the action items of both sides (each becomes an
    /// ActionItem commitment with the id given) and the deadline for the agent's answer (three days when none is given).
    /// Except for a Release, both the agent and the coach promise something.
    /// </summary>
    public CoachingEffects Hold(Guid actorId, string? notes, ConsequenceDecision? decision, IReadOnlyList<ActionItemInput>? actionItems,
        DateTime? acknowledgeBy, IReadOnlyList<EvidenceSnapshot>? evidence, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireCoach(actorId, "record the session");
        RequireStatus(CoachingStatus.Scheduled, "record it");
        var discussed = CommitmentRules.RequireText(notes, "notes", CoachingRules.MaxNotesLength, "What was discussed");
        var (consequence, reason, goals) = CoachingRules.RequireDecision(decision, "consequence", now, fromReview: false, firstGoal: 1);
        var items = RequireActionItems(actionItems, consequence, now);
        var deadline = acknowledgeBy is { } given ? Instants.RequireUtc(given, "acknowledgeBy") : now + CoachingRules.DefaultAcknowledgementWindow;
        if (deadline <= now || deadline > now + CoachingRules.MaxAcknowledgementWindow)
        {
            throw new DomainException("acknowledgeBy", "The agent's deadline to answer lies in the next 30 days.");
        }
        var pieces = CoachingRules.RequireEvidence(evidence, Evidence, now);

        Status = CoachingStatus.Held;
        HeldAt = now;
        Notes = discussed;
        Consequence = consequence;
        ConsequenceReason = reason;
        Goals.AddRange(goals);
        ActionItems.AddRange(items);
        AcknowledgeBy = deadline;
        Evidence.AddRange(pieces);
        Touch();
        return CoachingEffects.Of(
            new CoachingAuditEntry(AuditEventType.CoachingSessionHeld, AuditState.Of(("status", CoachingStatus.Scheduled)), AuditState.Of(
                ("status", Status), ("consequence", consequence), ("reason", reason),
                ("goals", string.Join("; ", goals.Select(g => $"{g.Goal} by {Instants.Format(g.Due)}"))),
                ("actionItems", string.Join(", ", items.Select(i => i.CommitmentId))), ("acknowledgeBy", deadline),
                ("evidence", References(Evidence))), reason),
            actorId,
            (AgentId, $"Your {Label} was recorded ({consequence}). Acknowledge it or dispute it by {Instants.Display(deadline)}."));
    }

    private List<CoachingActionItem> RequireActionItems(IReadOnlyList<ActionItemInput>? given, Consequence consequence, DateTime now)
    {
        var inputs = given ?? [];
        if (inputs.Count > CoachingRules.MaxActionItems)
        {
            throw new DomainException("actionItems", CoachingRules.Invariant($"At most {CoachingRules.MaxActionItems} action items."));
        }
        var items = new List<CoachingActionItem>();
        foreach (var (input, index) in inputs.Select((a, i) => (a, i)))
        {
            var field = CoachingRules.Invariant($"actionItems[{index}]");
            CommitmentRules.RequireId(input.CommitmentId, field);
            if (items.Any(i => i.CommitmentId == input.CommitmentId))
            {
                throw new DomainException(field, "Each action item needs its own id.");
            }
            if (input.Side is not { } side || !Enum.IsDefined(side))
            {
                throw new DomainException($"{field}.side", "Say whose promise it is: Coach or Agent.");
            }
            var what = CommitmentRules.RequireText(input.What, $"{field}.what", CommitmentRules.MaxWhatLength, "What was promised");
            var due = input.Due is { } d ? Instants.RequireUtc(d, $"{field}.due") : throw new DomainException($"{field}.due", "Every action item has a due date.");
            if (due <= now)
            {
                throw new DomainException($"{field}.due", "An action item is due in the future.");
            }
            var (owner, promisee) = side == ActionItemSide.Coach ? (CoachId, AgentId) : (AgentId, CoachId);
            items.Add(new CoachingActionItem(index + 1, side, owner, promisee, input.CommitmentId, what, due));
        }
        if (consequence != Coaching.Consequence.Release)
        {
            // Accountability runs both ways: the lead's own promises are tracked like the agent's.
            foreach (var side in Enum.GetValues<ActionItemSide>().Where(s => items.All(i => i.Side != s)))
            {
                throw new DomainException("actionItems", side == ActionItemSide.Coach
                    ? "Add at least one action item the coach promises."
                    : "Add at least one action item the agent promises.");
            }
        }
        return items;
    }
}
