namespace Baton.Core.Organization;

/// <summary>A rostered on-duty period. Start and End are UTC instants; TimeZone is the zone the roster was written in.</summary>
public sealed class Shift
{
    private Shift() { }

    public Shift(Guid id, Guid personId, DateTime start, DateTime end, string timeZone, string? label = null)
    {
        Id = id;
        PersonId = personId;
        Describe(timeZone, label);
        Reschedule(start, end);
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public DateTime Start { get; private set; }
    public DateTime End { get; private set; }
    public string TimeZone { get; private set; } = "UTC";
    /// <summary>Roster label such as "Early", "Day" or "Late".</summary>
    public string? Label { get; private set; }

    public bool Covers(DateTime instant) => Start <= instant && instant < End;

    /// <summary>Sets the zone the roster was written in and its label (at most 50 characters; blank means none).</summary>
    public void Describe(string timeZone, string? label)
    {
        var trimmed = string.IsNullOrWhiteSpace(label) ? null : label.Trim();
        if (trimmed is { Length: > 50 })
        {
            throw new DomainException("label", "A shift label can be at most 50 characters.");
        }
        TimeZone = OrganizationRules.RequireTimeZone(timeZone, nameof(timeZone));
        Label = trimmed;
    }

    public void Reschedule(DateTime start, DateTime end)
    {
        start = Instants.RequireUtc(start, "start");
        end = Instants.RequireUtc(end, "end");
        if (end <= start)
        {
            throw new DomainException("end", "A shift must end after it starts.");
        }
        if (end - start > TimeSpan.FromHours(24))
        {
            throw new DomainException("end", "A shift cannot be longer than 24 hours.");
        }
        Start = start;
        End = end;
    }
}
