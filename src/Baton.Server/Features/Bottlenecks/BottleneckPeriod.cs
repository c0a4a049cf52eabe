using Baton.Core.Metrics;

namespace Baton.Server.Features.Bottlenecks;

/// <summary>The period a report covers: [from, to), by default the last 30 days, today (UTC) included.</summary>
public static class BottleneckPeriod
{
    public const int DefaultDays = 30;

    /// <summary>The last <paramref name="days"/> whole UTC days up to the end of today.</summary>
    public static Period LastDays(int days, DateTime now)
    {
        var end = now.Date.AddDays(1);
        return new Period(DateTime.SpecifyKind(end.AddDays(-days), DateTimeKind.Utc), DateTime.SpecifyKind(end, DateTimeKind.Utc));
    }

    /// <summary>The period asked for: a missing end is the end of today, a missing start 30 days before the end. Throws for a bad range.</summary>
    public static Period Of(DateTime? from, DateTime? to, DateTime now)
    {
        var end = to is { } t ? Utc(t) : LastDays(DefaultDays, now).To;
        var start = from is { } f ? Utc(f) : end.AddDays(-DefaultDays);
        return new Period(start, end);
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };
}
