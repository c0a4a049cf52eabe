using System.Globalization;
using Baton.Core.SchedulePreferences;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>A preferred window: Start and End as "HH:mm" in the person's zone (End may be "24:00").</summary>
public sealed record PreferenceView(Guid Id, DayOfWeek Day, string Start, string End, PreferenceWeight Weight)
{
    public static PreferenceView Of(ShiftPreference p) =>
        new(p.Id, p.Day, p.Start.ToString("HH:mm", CultureInfo.InvariantCulture), Clock(p.End), p.Weight);

    public string Text => $"{Day} {Start}–{End}";

    public static string Clock(TimeSpan time) => time == TimeSpan.FromHours(24) ? "24:00" : time.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}

/// <summary>Days the person cannot work, From to To inclusive, in their zone.</summary>
public sealed record UnavailabilityView(Guid Id, DateOnly From, DateOnly To, string Reason)
{
    public static UnavailabilityView Of(Unavailability u) => new(u.Id, u.From, u.To, u.Reason);

    public string Text => From == To
        ? $"{From.ToString("ddd d MMM", CultureInfo.InvariantCulture)}: {Reason}"
        : $"{From.ToString("ddd d MMM", CultureInfo.InvariantCulture)} – {To.ToString("ddd d MMM", CultureInfo.InvariantCulture)}: {Reason}";
}

/// <summary>A rostered shift beside the person's wishes: whether it matches a preference and whether it falls on an unavailable day.</summary>
public sealed record RosterShiftView(Guid ShiftId, DateTime Start, DateTime End, DateTimeOffset LocalStart, DateTimeOffset LocalEnd, string? Label,
    bool MatchesPreference, bool Unavailable, string? UnavailableReason, bool Honoured);

/// <summary>One person's preferences, unavailability and roster in a period, and how often the roster honoured their preferences.</summary>
public sealed record PersonPreferencesView(Guid PersonId, string DisplayName, string TimeZone, IReadOnlyList<PreferenceView> Preferences,
    IReadOnlyList<UnavailabilityView> Unavailability, IReadOnlyList<RosterShiftView> Shifts, int Honoured, int Assigned, decimal? HonouredRate,
    DateTime From, DateTime To);
