using Baton.Core.SchedulePreferences;

namespace Baton.Core.Tests.SchedulePreferences;

public sealed class ScheduleFitTests
{
    private static readonly Guid Alex = Guid.NewGuid();
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static ShiftPreference Prefer(DayOfWeek day, int from, int to, PreferenceWeight weight = PreferenceWeight.Medium) =>
        new(Guid.NewGuid(), Alex, day, new TimeOnly(from, 0), TimeSpan.FromHours(to), weight, Now);

    private static Unavailability Away(DateOnly from, DateOnly to) => new(Guid.NewGuid(), Alex, from, to, "Holiday", new DateOnly(2026, 3, 1), Now);

    /// <summary>A shift written in Berlin wall-clock time (UTC+1 in March before the switch).</summary>
    private static AssignedShift Shift(int day, int fromHour, int hours) =>
        new(new DateTime(2026, 3, day, fromHour - 1, 0, 0, DateTimeKind.Utc), new DateTime(2026, 3, day, fromHour - 1, 0, 0, DateTimeKind.Utc).AddHours(hours));

    [Fact]
    public void A_shift_mostly_inside_a_preferred_window_on_its_weekday_matches_in_the_persons_zone()
    {
        // Monday 2 March 2026, 08:00–16:00 Berlin time.
        var monday = Shift(2, 8, 8);
        var prefs = new[] { Prefer(DayOfWeek.Monday, 9, 17, PreferenceWeight.Low), Prefer(DayOfWeek.Monday, 6, 14, PreferenceWeight.High) };
        var fit = ScheduleFit.Check(monday, Berlin, prefs, []);
        Assert.True(fit.Honoured);
        Assert.Equal(PreferenceWeight.High, fit.Matched!.Weight);

        Assert.Null(ScheduleFit.Check(monday, Berlin, [Prefer(DayOfWeek.Monday, 13, 24)], []).Matched);
        Assert.Null(ScheduleFit.Check(monday, Berlin, [Prefer(DayOfWeek.Tuesday, 8, 16)], []).Matched);
        // Read in UTC the shift runs 07:00–15:00: seven of its eight hours lie in an 08:00–16:00 window, enough to match.
        Assert.NotNull(ScheduleFit.Check(monday, TimeZoneInfo.Utc, [Prefer(DayOfWeek.Monday, 8, 16)], []).Matched);
    }

    [Fact]
    public void A_shift_touching_an_unavailable_day_clashes_even_when_preferred()
    {
        var fit = ScheduleFit.Check(Shift(2, 8, 8), Berlin, [Prefer(DayOfWeek.Monday, 8, 16)], [Away(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2))]);
        Assert.NotNull(fit.Clash);
        Assert.False(fit.Honoured);
        // A night shift from Sunday 22:00 runs into Monday.
        Assert.NotNull(ScheduleFit.Check(Shift(1, 22, 8), Berlin, [], [Away(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 6))]).Clash);
        Assert.Null(ScheduleFit.Check(Shift(3, 8, 8), Berlin, [], [Away(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 2))]).Clash);
    }

    [Fact]
    public void The_honoured_rate_is_the_share_of_shifts_matching_a_preference_and_no_unavailability()
    {
        var prefs = new[] { Prefer(DayOfWeek.Monday, 8, 16), Prefer(DayOfWeek.Tuesday, 8, 16) };
        var away = new[] { Away(new DateOnly(2026, 3, 3), new DateOnly(2026, 3, 3)) };
        // Monday honoured; Tuesday preferred but unavailable; Wednesday not preferred; Monday next week honoured.
        var shifts = new[] { Shift(2, 8, 8), Shift(3, 8, 8), Shift(4, 8, 8), Shift(9, 8, 8) };
        var rate = ScheduleFit.Rate(shifts, Berlin, prefs, away);
        Assert.Equal((2, 4, 0.5m), (rate.Honoured, rate.Total, rate.Rate));
        Assert.Null(ScheduleFit.Rate([], Berlin, prefs, away).Rate);
    }

    [Fact]
    public void Preferences_and_unavailability_are_validated_naming_the_field()
    {
        Assert.Equal("end", Assert.Throws<DomainException>(() => Prefer(DayOfWeek.Monday, 16, 8)).Field);
        Assert.Equal("end", Assert.Throws<DomainException>(() => Prefer(DayOfWeek.Monday, 8, 25)).Field);
        Assert.Equal("to", Assert.Throws<DomainException>(() => Away(new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 4))).Field);
        Assert.Equal("to", Assert.Throws<DomainException>(() => Away(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 28))).Field);
        Assert.Equal("reason", Assert.Throws<DomainException>(() =>
            new Unavailability(Guid.NewGuid(), Alex, new DateOnly(2026, 3, 5), new DateOnly(2026, 3, 5), " ", new DateOnly(2026, 3, 1), Now)).Field);
    }
}
