namespace Baton.Core.SchedulePreferences;

/// <summary>Days a person cannot work (From to To inclusive, in their own time zone), with the reason.</summary>
public sealed class Unavailability
{
    public const int MaxReasonLength = 200;
    public const int MaxDays = 366;

    private Unavailability() { }

    /// <summary><paramref name="today"/> is the person's local date: a range that already ended cannot be submitted.</summary>
    public Unavailability(Guid id, Guid personId, DateOnly from, DateOnly to, string? reason, DateOnly today, DateTime now)
    {
        if (personId == Guid.Empty)
        {
            throw new DomainException("personId", "A person is required.");
        }
        if (to < from)
        {
            throw new DomainException("to", "The last day cannot be before the first.");
        }
        if (to.DayNumber - from.DayNumber + 1 > MaxDays)
        {
            throw new DomainException("to", $"One unavailability can cover at most {MaxDays} days.");
        }
        if (to < today)
        {
            throw new DomainException("to", "These days have already passed.");
        }
        var text = reason?.Trim() ?? "";
        if (text.Length is 0 or > MaxReasonLength)
        {
            throw new DomainException("reason", $"Say why (up to {MaxReasonLength} characters), e.g. holiday, training, appointment.");
        }
        Id = id;
        PersonId = personId;
        From = from;
        To = to;
        Reason = text;
        CreatedAt = Instants.Normalize(now);
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly To { get; private set; }
    public string Reason { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
}
