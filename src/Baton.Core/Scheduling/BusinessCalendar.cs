namespace Baton.Core.Scheduling;

/// <summary>Opening hours of one weekday, in the calendar's time zone. Close may be 24:00.</summary>
public sealed record OpeningHours(DayOfWeek Day, TimeOnly Open, TimeSpan Close);

/// <summary>
/// A department's business hours: weekly opening hours and holidays in one time zone. SLA clocks that count business
/// time only (acceptance deadlines, escalation steps) add durations through it.
/// </summary>
public sealed class BusinessCalendar
{
    private readonly Dictionary<DayOfWeek, List<(TimeSpan Open, TimeSpan Close)>> _week;

    public BusinessCalendar(string timeZone, IEnumerable<OpeningHours> hours, IEnumerable<DateOnly>? holidays = null)
    {
        TimeZoneId = timeZone;
        Zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        Hours = [.. hours];
        foreach (var h in Hours)
        {
            if (h.Close <= h.Open.ToTimeSpan() || h.Close > TimeSpan.FromHours(24))
            {
                throw new DomainException("hours", $"{h.Day}: closing time must be after opening time and at most 24:00.");
            }
        }
        _week = Hours.GroupBy(h => h.Day).ToDictionary(g => g.Key, g => g.Select(h => (h.Open.ToTimeSpan(), h.Close)).OrderBy(x => x.Item1).ToList());
        Holidays = new HashSet<DateOnly>(holidays ?? []);
        if (_week.Count == 0)
        {
            throw new DomainException("hours", "A business calendar needs opening hours on at least one day.");
        }
    }

    public string TimeZoneId { get; }
    public TimeZoneInfo Zone { get; }
    public IReadOnlyList<OpeningHours> Hours { get; }
    public IReadOnlySet<DateOnly> Holidays { get; }

    /// <summary>Monday to Friday, 09:00–17:00.</summary>
    public static BusinessCalendar OfficeHours(string timeZone) => new(timeZone,
        new[] { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday }
            .Select(d => new OpeningHours(d, new TimeOnly(9, 0), TimeSpan.FromHours(17))));

    /// <summary>Open every hour of every day: business time equals wall-clock time.</summary>
    public static BusinessCalendar AlwaysOpen(string timeZone = "UTC") => new(timeZone,
        Enum.GetValues<DayOfWeek>().Select(d => new OpeningHours(d, TimeOnly.MinValue, TimeSpan.FromHours(24))));

    public bool IsOpen(DateTime instant) => OpenIntervalAt(Instants.Normalize(instant)) is not null;

    /// <summary>The instant after adding this much business time to start (time while closed does not count).</summary>
    public DateTime AddBusinessTime(DateTime start, TimeSpan duration)
    {
        var cursor = Instants.Normalize(start);
        var remaining = duration;
        if (remaining <= TimeSpan.Zero)
        {
            return cursor;
        }
        foreach (var (open, close) in IntervalsFrom(cursor))
        {
            var from = open > cursor ? open : cursor;
            var available = close - from;
            if (available >= remaining)
            {
                return Instants.Normalize(from + remaining);
            }
            remaining -= available;
        }
        throw new InvalidOperationException("The calendar has no opening hours ahead.");
    }

    /// <summary>Business time elapsed between two instants.</summary>
    public TimeSpan BusinessTimeBetween(DateTime from, DateTime to)
    {
        from = Instants.Normalize(from);
        to = Instants.Normalize(to);
        var total = TimeSpan.Zero;
        foreach (var (open, close) in IntervalsFrom(from))
        {
            if (open >= to)
            {
                break;
            }
            var start = open > from ? open : from;
            var end = close < to ? close : to;
            if (end > start)
            {
                total += end - start;
            }
        }
        return total;
    }

    /// <summary>The instant itself when open, else the next opening.</summary>
    public DateTime NextOpenAt(DateTime instant)
    {
        instant = Instants.Normalize(instant);
        var (open, _) = IntervalsFrom(instant).First();
        return open > instant ? open : instant;
    }

    private (DateTime Open, DateTime Close)? OpenIntervalAt(DateTime instant)
    {
        var (open, close) = IntervalsFrom(instant).First();
        return open <= instant && instant < close ? (open, close) : null;
    }

    /// <summary>Opening intervals (UTC) that end after the instant, in order, for up to two years ahead.</summary>
    private IEnumerable<(DateTime Open, DateTime Close)> IntervalsFrom(DateTime instant)
    {
        var localDay = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(instant, Zone)).AddDays(-1);
        for (var i = 0; i < 740; i++, localDay = localDay.AddDays(1))
        {
            if (Holidays.Contains(localDay) || !_week.TryGetValue(localDay.DayOfWeek, out var spans))
            {
                continue;
            }
            foreach (var (open, close) in spans)
            {
                var openUtc = ToUtc(localDay, open);
                var closeUtc = ToUtc(localDay, close);
                if (closeUtc > instant)
                {
                    yield return (openUtc, closeUtc);
                }
            }
        }
    }

    private DateTime ToUtc(DateOnly day, TimeSpan timeOfDay)
    {
        var local = day.ToDateTime(TimeOnly.MinValue).Add(timeOfDay);
        // A local time skipped by a daylight-saving jump is taken as the first valid instant after it.
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }
        return Instants.Normalize(TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), Zone));
    }
}
