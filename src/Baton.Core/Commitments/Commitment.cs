namespace Baton.Core.Commitments;

/// <summary>
/// A promise with exactly one owner, a promisee, a due time and, once closed, an outcome.
/// Every operation validates everything before it changes anything, so a refused operation leaves the commitment untouched.
/// </summary>
public sealed partial class Commitment
{
    private Commitment() { }

    public Guid Id { get; private set; }
    public CommitmentKind Kind { get; private set; }
    /// <summary>The one person holding the baton.</summary>
    public Guid OwnerId { get; private set; }
    public Promisee Promisee { get; private set; } = null!;
    public DateTime Due { get; private set; }
    public string What { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public Guid CreatedById { get; private set; }
    public CommitmentStatus Status { get; private set; }
    public Outcome? Outcome { get; private set; }
    public string? OutcomeReason { get; private set; }
    /// <summary>Who agreed to a cancellation or a renegotiation, in words ("the customer, by phone").</summary>
    public string? AgreedBy { get; private set; }
    public Guid? RenegotiatedToId { get; private set; }
    public Guid? RenegotiatedFromId { get; private set; }
    public DateTime? ClosedAt { get; private set; }
    /// <summary>True when closed as Broken because the promisee could not be reached.</summary>
    public bool ClosedUnreachable { get; private set; }
    public Guid? SignedOffById { get; private set; }
    /// <summary>The receiving department of a hand-off.</summary>
    public Guid? DepartmentId { get; private set; }
    /// <summary>The owner who handed it off; a rejection returns it to them. Null when no hand-off is pending.</summary>
    public Guid? HandedOffById { get; private set; }
    /// <summary>A hand-off or a logged request waits for its owner to accept or acknowledge it.</summary>
    public bool AwaitingAcceptance { get; private set; }
    /// <summary>For a Request: the person the promise was made to.</summary>
    public Guid? RequesterId { get; private set; }
    public List<Guid> Watchers { get; private set; } = [];
    public List<CustodyTransfer> Custody { get; private set; } = [];
    public List<Attempt> Attempts { get; private set; } = [];
    public List<TimelineEntry> Timeline { get; private set; } = [];
    /// <summary>Incremented by every change; the server uses it as the optimistic concurrency token.</summary>
    public int Version { get; private set; }

    public bool IsClosed => Status == CommitmentStatus.Closed;

    public bool IsOverdueAt(DateTime now) => !IsClosed && Instants.Normalize(now) >= Due;

    private string Label => $"{Kind} due {Instants.Display(Due)}: {Shorten(What)}";

    private static string Shorten(string text) => text.Length <= 80 ? text : string.Concat(text.AsSpan(0, 79), "…");

    // Refusal helpers: called before any change.

    private void RequireNotClosed()
    {
        if (IsClosed)
        {
            throw new ConflictException("status", "This commitment is closed; only comments can be added.");
        }
    }

    private void RequireAccepted(string doing)
    {
        if (AwaitingAcceptance)
        {
            throw new ConflictException("awaitingAcceptance", $"Accept this commitment before {doing}.");
        }
    }

    private void RequireOwnerOrLead(Guid actorId, bool actorIsLeadOfOwner, string doing)
    {
        if (actorId != OwnerId && !actorIsLeadOfOwner)
        {
            throw new NotPermittedException("actorId", $"Only the owner or their lead can {doing}.");
        }
    }

    private static void RequireActiveOwner(OwnerInfo owner, string field)
    {
        CommitmentRules.RequireId(owner.Id, field);
        if (!owner.Active)
        {
            throw new DomainException(field, "Only an active person can own a commitment.");
        }
    }

    // Changes: called only after every check passed.

    private void Touch() => Version++;

    private void AddCustody(Guid? fromId, Guid toId, CustodyReason reason, Guid actorId, DateTime at, string? note)
    {
        Custody.Add(new CustodyTransfer(Custody.Count + 1, fromId, toId, reason, actorId, at, note));
        OwnerId = toId;
        ClearOrphanRisk();
    }

    private void AddTimeline(DateTime at, Guid? actorId, TimelineEntryKind kind, string text) =>
        Timeline.Add(new TimelineEntry(Timeline.Count + 1, at, actorId, kind, text));

    /// <summary>Overdue sticks until the commitment closes: working on it late does not make it on time.</summary>
    private void MoveTo(CommitmentStatus status)
    {
        if (Status != CommitmentStatus.Overdue || status == CommitmentStatus.Closed)
        {
            Status = status;
        }
    }

    private void AddWatcherIfMissing(Guid personId)
    {
        if (!Watchers.Contains(personId))
        {
            Watchers.Add(personId);
        }
    }
}
