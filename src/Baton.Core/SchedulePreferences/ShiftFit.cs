namespace Baton.Core.SchedulePreferences;

/// <summary>A shift assigned (or about to be) to a person: UTC instants.</summary>
public sealed record AssignedShift(DateTime Start, DateTime End);

/// <summary>
/// How a shift fits a person's wishes: the preference it matches (the strongest one, if several) and the unavailability it
/// runs into, if any. It is honoured when it matches a preference and hits no unavailability.
/// </summary>
public sealed record ShiftFit(ShiftPreference? Matched, Unavailability? Clash)
{
    public bool Honoured => Matched is not null && Clash is null;
}

/// <summary>Honoured shifts out of all shifts assigned in a period; Rate is null when nobody was assigned anything.</summary>
public sealed record HonouredRate(int Honoured, int Total)
{
    public decimal? Rate => Total == 0 ? null : (decimal)Honoured / Total;
}

/// <summary>Pure questions about shifts and a person's preferences, in the person's time zone.</summary>
public static class ScheduleFit
{
    /// <summary>
    /// A shift matches a preference when it starts on the preference's weekday (local) and at least half of it lies in the
    /// window; it clashes with an unavailability when any part of it falls on one of those local days.
    /// </summary>
    public static ShiftFit Check(AssignedShift shift, TimeZoneInfo zone, IEnumerable<ShiftPreference> preferences, IEnumerable<Unavailability> unavailable)
    {
        ArgumentNullException.ThrowIfNull(shift);
        ArgumentNullException.ThrowIfNull(zone);
        var start = TimeZoneInfo.ConvertTimeFromUtc(Instants.Normalize(shift.Start), zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(Instants.Normalize(shift.End), zone);
        var length = end - start;
        var day = start.Date;
        var matched = preferences
            .Where(p => p.Day == start.DayOfWeek && Overlap(start, end, day + p.Start.ToTimeSpan(), day + p.End) * 2 >= length && length > TimeSpan.Zero)
            .OrderByDescending(p => p.Weight).ThenBy(p => p.Start)
            .FirstOrDefault();
        var clash = unavailable
            .Where(u => Overlap(start, end, u.From.ToDateTime(TimeOnly.MinValue), u.To.AddDays(1).ToDateTime(TimeOnly.MinValue)) > TimeSpan.Zero)
            .OrderBy(u => u.From)
            .FirstOrDefault();
        return new ShiftFit(matched, clash);
    }

    /// <summary>The share of the shifts that matched a preference and hit no unavailability.</summary>
    public static HonouredRate Rate(IEnumerable<AssignedShift> shifts, TimeZoneInfo zone, IReadOnlyCollection<ShiftPreference> preferences,
        IReadOnlyCollection<Unavailability> unavailable)
    {
        var fits = shifts.Select(s => Check(s, zone, preferences, unavailable)).ToList();
        return new HonouredRate(fits.Count(f => f.Honoured), fits.Count);
    }

    private static TimeSpan Overlap(DateTime start, DateTime end, DateTime windowStart, DateTime windowEnd)
    {
        var from = start > windowStart ? start : windowStart;
        var to = end < windowEnd ? end : windowEnd;
        return to > from ? to - from : TimeSpan.Zero;
    }
}
