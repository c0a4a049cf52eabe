namespace Baton.Core.SchedulePreferences;

/// <summary>
/// A window a person would like to work on a weekday, in their own time zone (e.g. Monday 08:00–16:00), and how much they
/// want it. End may be 24:00 (the end of the day).
/// </summary>
public sealed class ShiftPreference
{
    private ShiftPreference() { }

    public ShiftPreference(Guid id, Guid personId, DayOfWeek day, TimeOnly start, TimeSpan end, PreferenceWeight weight, DateTime now)
    {
        if (personId == Guid.Empty)
        {
            throw new DomainException("personId", "A person is required.");
        }
        if (!Enum.IsDefined(day))
        {
            throw new DomainException("day", "Unknown day of the week.");
        }
        if (end <= start.ToTimeSpan() || end > TimeSpan.FromHours(24))
        {
            throw new DomainException("end", "The window must end after it starts, at 24:00 at the latest.");
        }
        if (!Enum.IsDefined(weight))
        {
            throw new DomainException("weight", "Say how much you want it: Low, Medium or High.");
        }
        Id = id;
        PersonId = personId;
        Day = day;
        Start = start;
        End = end;
        Weight = weight;
        CreatedAt = Instants.Normalize(now);
    }

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public DayOfWeek Day { get; private set; }
    public TimeOnly Start { get; private set; }
    public TimeSpan End { get; private set; }
    public PreferenceWeight Weight { get; private set; }
    public DateTime CreatedAt { get; private set; }
}
