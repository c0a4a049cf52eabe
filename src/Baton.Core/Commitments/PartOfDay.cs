namespace Baton.Core.Commitments;

/// <summary>Morning before 12:00, afternoon 12:00–17:00, evening from 17:00, in a given time zone.</summary>
public enum PartOfDay
{
    Morning = 1,
    Afternoon = 2,
    Evening = 3,
}

public static class PartsOfDay
{
    /// <summary>Suggestions moved into a new morning start at 08:00, not at midnight.</summary>
    public static readonly TimeSpan MorningSuggestionStart = TimeSpan.FromHours(8);

    public static PartOfDay Of(DateTime instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(Instants.Normalize(instant), zone);
        return local.Hour switch
        {
            < 12 => PartOfDay.Morning,
            < 17 => PartOfDay.Afternoon,
            _ => PartOfDay.Evening,
        };
    }

    /// <summary>The first instant after <paramref name="instant"/> that falls in the next part of the day.</summary>
    public static DateTime NextPartStart(DateTime instant, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(Instants.Normalize(instant), zone);
        var next = Of(instant, zone) switch
        {
            PartOfDay.Morning => local.Date.AddHours(12),
            PartOfDay.Afternoon => local.Date.AddHours(17),
            PartOfDay.Evening => local.Date.AddDays(1) + MorningSuggestionStart,
            _ => throw new ArgumentOutOfRangeException(nameof(instant)),
        };
        next = DateTime.SpecifyKind(next, DateTimeKind.Unspecified);
        // A boundary inside a daylight-saving gap does not exist locally; the first hour after it does.
        while (zone.IsInvalidTime(next))
        {
            next = next.AddHours(1);
        }
        return Instants.Normalize(TimeZoneInfo.ConvertTimeToUtc(next, zone));
    }

    public static string Name(PartOfDay part) => part switch
    {
        PartOfDay.Morning => "morning",
        PartOfDay.Afternoon => "afternoon",
        PartOfDay.Evening => "evening",
    };
}
