using Baton.Core.Scheduling;

namespace Baton.Core.Tests.Scheduling;

public sealed class BusinessCalendarTests
{
    private static DateTime Utc(int y, int m, int d, int h, int min = 0) => new(y, m, d, h, min, 0, DateTimeKind.Utc);

    [Fact]
    public void Business_time_skips_nights_and_weekends()
    {
        var office = BusinessCalendar.OfficeHours("UTC");
        // Friday 16:30 + 1 business hour = Monday 09:30.
        Assert.Equal(Utc(2026, 3, 9, 9, 30), office.AddBusinessTime(Utc(2026, 3, 6, 16, 30), TimeSpan.FromHours(1)));
        // Saturday counts nothing; the clock starts Monday 09:00.
        Assert.Equal(Utc(2026, 3, 9, 9, 30), office.AddBusinessTime(Utc(2026, 3, 7, 12, 0), TimeSpan.FromMinutes(30)));
        Assert.False(office.IsOpen(Utc(2026, 3, 7, 12, 0)));
        Assert.True(office.IsOpen(Utc(2026, 3, 6, 9, 0)));
        Assert.False(office.IsOpen(Utc(2026, 3, 6, 17, 0)));
    }

    [Fact]
    public void Holidays_are_closed()
    {
        var calendar = new BusinessCalendar("UTC", BusinessCalendar.OfficeHours("UTC").Hours, [new DateOnly(2026, 3, 9)]);
        Assert.Equal(Utc(2026, 3, 10, 9, 30), calendar.AddBusinessTime(Utc(2026, 3, 6, 16, 30), TimeSpan.FromHours(1)));
    }

    [Fact]
    public void Hours_are_read_in_the_calendars_time_zone_across_daylight_saving()
    {
        var berlin = BusinessCalendar.OfficeHours("Europe/Berlin");
        // Friday 27 March 2026 is UTC+1: 09:00 Berlin = 08:00 UTC. Monday 30 March is UTC+2: 09:00 Berlin = 07:00 UTC.
        Assert.True(berlin.IsOpen(Utc(2026, 3, 27, 8, 0)));
        Assert.False(berlin.IsOpen(Utc(2026, 3, 27, 7, 59)));
        Assert.Equal(Utc(2026, 3, 30, 7, 30), berlin.AddBusinessTime(Utc(2026, 3, 27, 15, 30), TimeSpan.FromMinutes(60)));
    }

    [Fact]
    public void Business_time_between_two_instants_counts_only_open_hours()
    {
        var office = BusinessCalendar.OfficeHours("UTC");
        Assert.Equal(TimeSpan.FromHours(1), office.BusinessTimeBetween(Utc(2026, 3, 6, 16, 30), Utc(2026, 3, 9, 9, 30)));
        Assert.Equal(TimeSpan.FromHours(8 * 5), office.BusinessTimeBetween(Utc(2026, 3, 9, 0), Utc(2026, 3, 16, 0)));
    }

    [Fact]
    public void An_always_open_calendar_is_wall_clock_time()
    {
        var always = BusinessCalendar.AlwaysOpen();
        Assert.Equal(Utc(2026, 3, 8, 2, 0), always.AddBusinessTime(Utc(2026, 3, 7, 22, 0), TimeSpan.FromHours(4)));
    }

    [Fact]
    public void Opening_hours_must_make_sense()
    {
        var ex = Assert.Throws<DomainException>(() => new BusinessCalendar("UTC", [new OpeningHours(DayOfWeek.Monday, new TimeOnly(17, 0), TimeSpan.FromHours(9))]));
        Assert.Equal("hours", ex.Field);
        Assert.Throws<DomainException>(() => new BusinessCalendar("UTC", []));
    }
}
