using Baton.Core.Audit;

namespace Baton.Core.Commitments;

public sealed partial class Commitment
{
    /// <summary>
    /// Closes with an outcome: Kept; Broken with a reason; Cancelled with a reason and who agreed.
    /// A renegotiation goes through <see cref="Renegotiate"/>, an unreachable promisee through <see cref="CloseUnreachable"/>.
    /// </summary>
    public CommitmentEffects Close(Outcome outcome, string? reason, string? agreedBy, Guid actorId, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "close it");
        switch (outcome)
        {
            case Commitments.Outcome.Kept:
                reason = CommitmentRules.OptionalText(reason, "reason", CommitmentRules.MaxReasonLength);
                RequireNoAgreement(agreedBy);
                break;
            case Commitments.Outcome.Broken:
                reason = CommitmentRules.RequireText(reason, "reason", CommitmentRules.MaxReasonLength, "A reason for breaking it");
                RequireNoAgreement(agreedBy);
                break;
            case Commitments.Outcome.Cancelled:
                reason = CommitmentRules.RequireText(reason, "reason", CommitmentRules.MaxReasonLength, "A reason for cancelling it");
                agreedBy = CommitmentRules.RequireText(agreedBy, "agreedBy", CommitmentRules.MaxAgreedByLength, "Who agreed to the cancellation");
                break;
            case Commitments.Outcome.Renegotiated:
                throw new DomainException("outcome", "Renegotiate it with the new due time the promisee agreed to.");
            default:
                throw new DomainException("outcome", "Unknown outcome.");
        }
        // A cancellation agreed with the promisee needs no acceptance first; any other outcome does.
        if (outcome != Commitments.Outcome.Cancelled)
        {
            RequireAccepted("closing it");
        }

        return CloseAs(outcome, reason, agreedBy, actorId, now, AuditEventType.CommitmentClosed);
    }

    /// <summary>
    /// Closes as Broken because the promisee could not be reached. The attempt policy must be satisfied and,
    /// when it says so, a lead must sign off.
    /// </summary>
    public CommitmentEffects CloseUnreachable(string? note, Guid actorId, bool actorIsLeadOfOwner, SignOff? signOff, DateTime now,
        AttemptPolicy? policy = null, TimeZoneInfo? timeZone = null)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireAccepted("closing it");
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "close it");
        policy ??= AttemptPolicy.For(Kind);
        var evaluation = policy.Evaluate(Attempts, timeZone);
        if (!evaluation.IsSatisfied)
        {
            throw new DomainException("attempts", $"It cannot be closed as unreachable yet: {string.Join("; ", evaluation.Unmet)}.");
        }
        if (signOff is { } given)
        {
            CommitmentRules.RequireId(given.ById, "signedOffById");
            if (!given.IsLead)
            {
                throw new DomainException("signedOffById", "Only a lead can sign off closing it as unreachable.");
            }
        }
        else if (policy.RequiresLeadSignOff)
        {
            throw new DomainException("signedOffById", "A lead must sign off closing it as unreachable.");
        }
        note = CommitmentRules.OptionalText(note, "note", CommitmentRules.MaxReasonLength);

        var reason = WithNote(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"Unreachable after {evaluation.AttemptsCounted} attempts"), note);
        ClosedUnreachable = true;
        SignedOffById = signOff?.ById;
        return CloseAs(Commitments.Outcome.Broken, reason, null, actorId, now, AuditEventType.CommitmentClosed);
    }

    /// <summary>
    /// The promisee agreed to a new due time: this commitment closes as Renegotiated and a linked one opens
    /// with the same kind, owner, promisee, text and watchers.
    /// </summary>
    public CommitmentResult Renegotiate(Guid newId, DateTime newDue, string promiseeAgreement, Guid actorId, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireAccepted("renegotiating it");
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "renegotiate it");
        CommitmentRules.RequireId(newId, "newId");
        if (newId == Id)
        {
            throw new DomainException("newId", "The renegotiated commitment needs a new id.");
        }
        var due = RequireFutureDue(newDue, now);
        var agreement = CommitmentRules.RequireText(promiseeAgreement, "agreedBy", CommitmentRules.MaxAgreedByLength, "The promisee's agreement");

        // The owner holds an open commitment, so they are active (invariant 1); the new one stays in their hand.
        // A copy of the promisee, not the same instance: each commitment owns its own value (the server stores it per row).
        var draft = new CommitmentDraft(newId, Kind, Promisee with { }, due, What);
        var next = Open(draft, new OwnerInfo(OwnerId, true), actorId, now, $"Renegotiated from {Instants.Display(Due)}: {agreement}");
        next.RenegotiatedFromId = Id;
        next.DepartmentId = DepartmentId;
        next.RequesterId = RequesterId;
        next.Watchers.AddRange(Watchers);

        RenegotiatedToId = newId;
        var closed = CloseAs(Commitments.Outcome.Renegotiated, $"New due {Instants.Display(due)}", agreement, actorId, now, AuditEventType.CommitmentRenegotiated);
        return new CommitmentResult(next, closed.Then(next.CreatedEffects()));
    }

    /// <summary>
    /// A timer found it due without an outcome. Marking twice changes nothing; a closed or not yet due commitment is a conflict.
    /// The owner, their lead and the watchers are told.
    /// </summary>
    public CommitmentEffects MarkOverdue(DateTime now, Guid? ownerLeadId)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        if (now < Due)
        {
            throw new ConflictException("due", $"It is not due until {Instants.Format(Due)}.");
        }
        if (Status == CommitmentStatus.Overdue)
        {
            return CommitmentEffects.None;
        }

        var before = Status;
        Status = CommitmentStatus.Overdue;
        AddTimeline(now, null, TimelineEntryKind.Overdue, "Overdue: the due time passed without an outcome");
        Touch();
        return new EffectsBuilder(Id, null)
            .Audit(AuditEventType.CommitmentOverdue, AuditState.Of(("status", before)), AuditState.Of(("status", Status)), null)
            .Notify(OwnerId, $"Overdue: {Label}")
            .Notify(ownerLeadId, $"Overdue in your team: {Label}")
            .Notify(Watchers, $"Overdue: {Label}")
            .Build();
    }

    private static void RequireNoAgreement(string? agreedBy)
    {
        if (!string.IsNullOrWhiteSpace(agreedBy))
        {
            throw new DomainException("agreedBy", "Only a cancellation or a renegotiation records who agreed.");
        }
    }

    private CommitmentEffects CloseAs(Outcome outcome, string? reason, string? agreedBy, Guid actorId, DateTime now, AuditEventType auditType)
    {
        var before = AuditState.Of(("status", Status), ("due", Due));
        MoveTo(CommitmentStatus.Closed);
        Outcome = outcome;
        OutcomeReason = reason;
        AgreedBy = agreedBy;
        ClosedAt = now;
        AwaitingAcceptance = false;
        HandedOffById = null;
        ClearOrphanRisk();
        AddTimeline(now, actorId, outcome == Commitments.Outcome.Renegotiated ? TimelineEntryKind.Renegotiated : TimelineEntryKind.Closed,
            WithNote($"Closed: {outcome}", reason));
        Touch();
        var promiseePerson = Promisee.Kind == PromiseeKind.Person ? Promisee.Id : (Guid?)null;
        return new EffectsBuilder(Id, actorId)
            .Audit(auditType, before, AuditState.Of(
                ("status", Status), ("outcome", outcome), ("agreedBy", agreedBy), ("closedUnreachable", ClosedUnreachable),
                ("signedOffById", SignedOffById), ("renegotiatedToId", RenegotiatedToId)), reason)
            .Notify(OwnerId, $"Closed as {outcome}: {Label}")
            .Notify(promiseePerson, $"Closed as {outcome}: {Label}")
            .Notify(Watchers, $"Closed as {outcome}: {Label}")
            .Build();
    }
}
