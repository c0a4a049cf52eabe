namespace Baton.Core.Routing;

/// <summary>Where an offer stands. The numbers are stored.</summary>
public enum OfferStatus
{
    Open = 1,
    Accepted = 2,
    Declined = 3,
    Expired = 4,
    /// <summary>The work left the queue while the offer was open.</summary>
    Withdrawn = 5,
}

/// <summary>Work offered to one person until <see cref="ExpiresAt"/>; only they can answer it, and only while it is open.</summary>
public sealed class WorkOffer
{
    private WorkOffer() { }

    public WorkOffer(Guid id, Guid workItemId, Guid personId, DateTime offeredAt, DateTime expiresAt)
    {
        Id = id;
        WorkItemId = workItemId;
        PersonId = personId;
        OfferedAt = Instants.Normalize(offeredAt);
        ExpiresAt = Instants.Normalize(expiresAt);
        Status = OfferStatus.Open;
    }

    public Guid Id { get; private set; }
    public Guid WorkItemId { get; private set; }
    public Guid PersonId { get; private set; }
    public DateTime OfferedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public OfferStatus Status { get; private set; }
    public DateTime? AnsweredAt { get; private set; }

    public bool IsOpen => Status == OfferStatus.Open;

    public OpenOffer ToOpen() => new(Id, WorkItemId, PersonId, ExpiresAt);

    /// <summary>Declined or let lapse: the person is not offered the same work again.</summary>
    public bool Refused => Status is OfferStatus.Declined or OfferStatus.Expired;

    public void Accept(Guid personId, DateTime now) => Answer(personId, now, OfferStatus.Accepted);

    public void Decline(Guid personId, DateTime now) => Answer(personId, now, OfferStatus.Declined);

    public void Expire(DateTime now) => Close(now, OfferStatus.Expired);

    public void Withdraw(DateTime now) => Close(now, OfferStatus.Withdrawn);

    private void Answer(Guid personId, DateTime now, OfferStatus answer)
    {
        now = Instants.Normalize(now);
        if (personId != PersonId)
        {
            throw new NotPermittedException("personId", "Only the person it was offered to can answer this offer.");
        }
        if (Status != OfferStatus.Open)
        {
            throw new ConflictException("status", $"This offer is no longer open ({Status}).");
        }
        if (now >= ExpiresAt)
        {
            throw new ConflictException("expiresAt", "This offer has expired; the work goes to someone else.");
        }
        Status = answer;
        AnsweredAt = now;
    }

    private void Close(DateTime now, OfferStatus status)
    {
        if (Status != OfferStatus.Open)
        {
            throw new ConflictException("status", $"This offer is no longer open ({Status}).");
        }
        Status = status;
        AnsweredAt = Instants.Normalize(now);
    }
}
