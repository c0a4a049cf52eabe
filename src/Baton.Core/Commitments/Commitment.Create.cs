using Baton.Core.Audit;

namespace Baton.Core.Commitments;

public sealed partial class Commitment
{
    /// <summary>
    /// Makes a promise owned by an active person, due in the future. Hand-offs and requests have their own entry points.
    /// <paramref name="why"/> opens the timeline instead of "Promised" when Baton makes the promise itself (a dropped call).
    /// </summary>
    public static CommitmentResult Create(CommitmentDraft draft, OwnerInfo owner, Guid actorId, DateTime now, string? why = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        switch (draft.Kind)
        {
            case CommitmentKind.Handoff:
                throw new DomainException("kind", "A hand-off names its receiving department and person and waits for their acceptance.");
            case CommitmentKind.Request:
                throw new DomainException("kind", "A request is logged by the person it was promised to and waits for its owner's acknowledgement.");
            default:
                break;
        }
        var timelineText = why is null ? "Promised" : CommitmentRules.RequireText(why, "why", CommitmentRules.MaxNoteLength, "The reason");
        var commitment = Open(draft, owner, actorId, now, timelineText);
        return new CommitmentResult(commitment, commitment.CreatedEffects());
    }

    /// <summary>
    /// Logs a promise someone else (the owner) made to the requester. It waits for the owner's acknowledgement;
    /// the requester watches it.
    /// </summary>
    public static CommitmentResult LogRequest(Guid id, OwnerInfo owner, Guid requesterId, DateTime due, string what, Guid actorId, DateTime now)
    {
        CommitmentRules.RequireId(requesterId, "requesterId");
        var draft = new CommitmentDraft(id, CommitmentKind.Request, Promisee.Person(requesterId), due, what);
        var commitment = Open(draft, owner, actorId, now, "Request logged; waiting for the owner's acknowledgement");
        commitment.RequesterId = requesterId;
        commitment.AwaitingAcceptance = true;
        commitment.Watchers.Add(requesterId);
        var effects = commitment.CreatedEffects();
        return new CommitmentResult(commitment, effects);
    }

    /// <summary>Makes a Handoff commitment owned by the sender and hands it at once to the receiving department.</summary>
    public static CommitmentResult CreateHandoff(CommitmentDraft draft, OwnerInfo sender, Guid departmentId, OwnerInfo receiver, string? note, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        if (draft.Kind != CommitmentKind.Handoff)
        {
            throw new DomainException("kind", "Only a Handoff commitment is made this way.");
        }
        // Check the hand-off's own inputs first so a refusal names them, not a half-made commitment.
        CommitmentRules.RequireId(departmentId, "departmentId");
        RequireActiveOwner(receiver, "receiverId");
        if (receiver.Id == sender.Id)
        {
            throw new DomainException("receiverId", "A hand-off goes to someone else.");
        }
        var commitment = Open(draft, sender, sender.Id, now, "Promised");
        var created = commitment.CreatedEffects();
        var handedOff = commitment.HandOff(departmentId, receiver, sender.Id, note, actorIsLeadOfOwner: false, now);
        return new CommitmentResult(commitment, created.Then(handedOff));
    }

    private static Commitment Open(CommitmentDraft draft, OwnerInfo owner, Guid actorId, DateTime now, string timelineText)
    {
        now = Instants.Normalize(now);
        CommitmentRules.RequireId(draft.Id, "id");
        CommitmentRules.RequireId(actorId, "actorId");
        if (!Enum.IsDefined(draft.Kind))
        {
            throw new DomainException("kind", "Unknown kind of commitment.");
        }
        var promisee = RequirePromisee(draft.Promisee, owner.Id);
        RequireActiveOwner(owner, "ownerId");
        var due = RequireFutureDue(draft.Due, now);
        var what = CommitmentRules.RequireText(draft.What, "what", CommitmentRules.MaxWhatLength, "What was promised");

        var commitment = new Commitment
        {
            Id = draft.Id,
            Kind = draft.Kind,
            Promisee = promisee,
            Due = due,
            What = what,
            CreatedAt = now,
            CreatedById = actorId,
            Status = CommitmentStatus.Open,
            Version = 1,
        };
        commitment.AddCustody(null, owner.Id, CustodyReason.Assigned, actorId, now, null);
        commitment.AddTimeline(now, actorId, TimelineEntryKind.Created, timelineText);
        return commitment;
    }

    private static Promisee RequirePromisee(Promisee? promisee, Guid ownerId)
    {
        if (promisee is null || !Enum.IsDefined(promisee.Kind))
        {
            throw new DomainException("promisee", "Say who the promise was made to: a customer, a person, a team or a department.");
        }
        CommitmentRules.RequireId(promisee.Id, "promisee");
        if (promisee.Kind == PromiseeKind.Person && promisee.Id == ownerId)
        {
            throw new DomainException("promisee", "A promise is made to someone other than its owner.");
        }
        return promisee;
    }

    private static DateTime RequireFutureDue(DateTime due, DateTime now)
    {
        due = Instants.RequireUtc(due, "due");
        if (due <= now)
        {
            throw new DomainException("due", $"The due time must be in the future (it is now {Instants.Format(now)}).");
        }
        return due;
    }

    private CommitmentEffects CreatedEffects() =>
        new EffectsBuilder(Id, CreatedById)
            .Audit(AuditEventType.CommitmentCreated, null, AuditState.Of(
                ("kind", Kind), ("ownerId", OwnerId), ("promiseeKind", Promisee.Kind), ("promiseeId", Promisee.Id),
                ("due", Due), ("what", What), ("status", Status), ("awaitingAcceptance", AwaitingAcceptance),
                ("renegotiatedFromId", RenegotiatedFromId)), null)
            .Notify(OwnerId, AwaitingAcceptance ? $"Please acknowledge this request: {Label}" : $"New commitment for you: {Label}")
            .Build();
}
