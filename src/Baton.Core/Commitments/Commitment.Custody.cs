using Baton.Core.Audit;

namespace Baton.Core.Commitments;

public sealed partial class Commitment
{
    /// <summary>Passes the baton to another active person. Only the owner or their lead may do it.</summary>
    public CommitmentEffects Transfer(OwnerInfo to, CustodyReason reason, Guid actorId, string? note, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "transfer it");
        if (reason is not (CustodyReason.ShiftHandover or CustodyReason.Escalated or CustodyReason.Reassigned))
        {
            throw new DomainException("reason", "A transfer is a ShiftHandover, an Escalation or a Reassignment.");
        }
        RequireActiveOwner(to, "toId");
        if (to.Id == OwnerId)
        {
            throw new DomainException("toId", "It already belongs to that person.");
        }
        RequireNotPromisee(to.Id, "toId");
        if (AwaitingAcceptance && to.Id == HandedOffById)
        {
            throw new DomainException("toId", "Reject the hand-off, with a reason, to return it to its sender.");
        }
        note = CommitmentRules.OptionalText(note, "note", CommitmentRules.MaxNoteLength);

        var from = OwnerId;
        AddCustody(from, to.Id, reason, actorId, now, note);
        AddTimeline(now, actorId, TimelineEntryKind.Transferred, WithNote($"Transferred to a new owner ({reason})", note));
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentTransferred, AuditState.Of(("ownerId", from)), AuditState.Of(("ownerId", to.Id), ("reason", reason)), note)
            .Notify(to.Id, AwaitingAcceptance ? $"Passed to you; please accept it: {Label}" : $"Passed to you ({reason}): {Label}")
            .Notify(from, $"Moved from you to someone else ({reason}): {Label}")
            .Notify(Watchers, $"New owner ({reason}): {Label}")
            .Build();
    }

    /// <summary>
    /// Hands the commitment to a receiving department's person, who becomes the owner but must accept it.
    /// The sender keeps watching; a rejection returns it to them.
    /// </summary>
    public CommitmentEffects HandOff(Guid departmentId, OwnerInfo receiver, Guid actorId, string? note, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        if (AwaitingAcceptance)
        {
            throw new ConflictException("awaitingAcceptance", "It is already waiting for acceptance.");
        }
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "hand it off");
        CommitmentRules.RequireId(departmentId, "departmentId");
        RequireActiveOwner(receiver, "receiverId");
        if (receiver.Id == OwnerId)
        {
            throw new DomainException("receiverId", "A hand-off goes to someone else.");
        }
        RequireNotPromisee(receiver.Id, "receiverId");
        note = CommitmentRules.OptionalText(note, "note", CommitmentRules.MaxNoteLength);

        var sender = OwnerId;
        var reason = Kind == CommitmentKind.Escalation ? CustodyReason.Escalated : CustodyReason.Reassigned;
        HandedOffById = sender;
        DepartmentId = departmentId;
        AwaitingAcceptance = true;
        AddCustody(sender, receiver.Id, reason, actorId, now, note);
        AddWatcherIfMissing(sender);
        MoveTo(CommitmentStatus.Open);
        AddTimeline(now, actorId, TimelineEntryKind.HandedOff, WithNote("Handed off; waiting for acceptance", note));
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentHandedOff,
                AuditState.Of(("ownerId", sender)),
                AuditState.Of(("ownerId", receiver.Id), ("departmentId", departmentId), ("awaitingAcceptance", true)), note)
            .Notify(receiver.Id, $"Handed to you; please accept or reject it: {Label}")
            .Notify(Watchers, $"Handed off, waiting for acceptance: {Label}")
            .Build();
    }

    /// <summary>The owner accepts a hand-off or acknowledges a logged request. Anything else waiting is a conflict.</summary>
    public CommitmentEffects Accept(Guid actorId, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        if (!AwaitingAcceptance)
        {
            throw new ConflictException("awaitingAcceptance", "Nothing is waiting for acceptance.");
        }
        if (actorId != OwnerId)
        {
            throw new NotPermittedException("actorId", "Only the person it was handed to can accept it.");
        }

        var wasHandoff = HandedOffById is not null;
        AwaitingAcceptance = false;
        HandedOffById = null;
        ClearOrphanRisk();
        MoveTo(CommitmentStatus.Accepted);
        AddTimeline(now, actorId, TimelineEntryKind.Accepted, wasHandoff ? "Accepted the hand-off" : "Acknowledged the request");
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentAccepted, AuditState.Of(("awaitingAcceptance", true)), AuditState.Of(("awaitingAcceptance", false), ("status", Status)), null)
            .Notify(Watchers, $"Accepted by its owner: {Label}")
            .Build();
    }

    /// <summary>
    /// Someone accepts a hand-off waiting for acceptance. The person it was handed to simply accepts it; any other
    /// active member of the receiving department may take it over: custody passes to them (reason Accepted), then it is accepted.
    /// A logged request is only ever acknowledged by its owner.
    /// </summary>
    public CommitmentEffects AcceptAsMember(OwnerInfo acceptor, bool isMemberOfReceivingDepartment, DateTime now)
    {
        if (acceptor.Id == OwnerId)
        {
            return Accept(acceptor.Id, now);
        }
        now = Instants.Normalize(now);
        RequireNotClosed();
        CommitmentRules.RequireId(acceptor.Id, "actorId");
        if (!AwaitingAcceptance)
        {
            throw new ConflictException("awaitingAcceptance", "Nothing is waiting for acceptance.");
        }
        if (HandedOffById is null || !isMemberOfReceivingDepartment)
        {
            throw new NotPermittedException("actorId", HandedOffById is null
                ? "Only the person it was promised by can acknowledge this request."
                : "Only the person it was handed to or a member of the receiving department can accept it.");
        }
        if (acceptor.Id == HandedOffById)
        {
            throw new NotPermittedException("actorId", "The sender cannot accept their own hand-off.");
        }
        RequireActiveOwner(acceptor, "actorId");
        RequireNotPromisee(acceptor.Id, "actorId");

        var from = OwnerId;
        AddCustody(from, acceptor.Id, CustodyReason.Accepted, acceptor.Id, now, null);
        AddTimeline(now, acceptor.Id, TimelineEntryKind.Transferred, "Taken over by a member of the receiving department");
        Touch();
        var transferred = new EffectsBuilder(Id, acceptor.Id)
            .Audit(AuditEventType.CommitmentTransferred, AuditState.Of(("ownerId", from)), AuditState.Of(("ownerId", acceptor.Id), ("reason", CustodyReason.Accepted)), null)
            .Notify(from, $"A colleague in the receiving department accepted it instead of you: {Label}")
            .Build();
        return transferred.Then(Accept(acceptor.Id, now));
    }

    /// <summary>The receiver (or their lead) refuses a hand-off with a reason; it returns to its active sender.</summary>
    public CommitmentEffects Reject(OwnerInfo sender, string reason, Guid actorId, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        if (!AwaitingAcceptance || HandedOffById is null)
        {
            throw new ConflictException("awaitingAcceptance", "Only a hand-off waiting for acceptance can be rejected.");
        }
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "reject it");
        reason = CommitmentRules.RequireText(reason, "reason", CommitmentRules.MaxReasonLength, "A reason");
        if (sender.Id != HandedOffById)
        {
            throw new DomainException("senderId", "A rejected hand-off goes back to the person who handed it off.");
        }
        if (!sender.Active)
        {
            throw new DomainException("senderId", "The sender is no longer active; transfer it to someone else instead.");
        }

        var from = OwnerId;
        var department = DepartmentId;
        AddCustody(from, sender.Id, CustodyReason.Returned, actorId, now, reason);
        AwaitingAcceptance = false;
        HandedOffById = null;
        DepartmentId = null;
        MoveTo(CommitmentStatus.Open);
        AddTimeline(now, actorId, TimelineEntryKind.Rejected, $"Rejected and returned to the sender: {reason}");
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentRejected,
                AuditState.Of(("ownerId", from), ("departmentId", department), ("awaitingAcceptance", true)),
                AuditState.Of(("ownerId", sender.Id), ("departmentId", null), ("awaitingAcceptance", false)), reason)
            .Notify(sender.Id, $"Your hand-off was rejected and is yours again ({reason}): {Label}")
            .Notify(Watchers, $"Hand-off rejected: {Label}")
            .Build();
    }

    /// <summary>Picks a hand-off's receiver: the named member if active, otherwise the department's on-duty lead.</summary>
    public static OwnerInfo ChooseReceiver(OwnerInfo? namedMember, OwnerInfo? onDutyLead)
    {
        if (namedMember is { Active: true } member)
        {
            return member;
        }
        if (onDutyLead is { Active: true } lead)
        {
            return lead;
        }
        throw new DomainException("receiverId", namedMember is null
            ? "Nobody in the department is on duty to receive it; name a member."
            : "The named member is not active and nobody in the department is on duty to receive it.");
    }

    /// <summary>A promise made to a person is never owed by that same person.</summary>
    private void RequireNotPromisee(Guid personId, string field)
    {
        if (Promisee.Kind == PromiseeKind.Person && Promisee.Id == personId)
        {
            throw new DomainException(field, "A promise cannot be passed to the person it was made to.");
        }
    }

    private static string WithNote(string text, string? note) => note is null ? text : $"{text}: {note}";
}
