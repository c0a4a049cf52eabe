namespace Baton.Core;

/// <summary>Instants are UTC DateTimes truncated to microseconds, the precision PostgreSQL keeps, so a value reads back equal.</summary>
public static class Instants
{
    public static DateTime FromTimeProvider(TimeProvider time) => Normalize(time.GetUtcNow().UtcDateTime);

    public static DateTime Normalize(DateTime value)
    {
        var utc = value.Kind switch
        {
            DateTimeKind.Utc => value,
            DateTimeKind.Local => value.ToUniversalTime(),
            DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
            _ => throw new ArgumentOutOfRangeException(nameof(value)),
        };
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    public static DateTime RequireUtc(DateTime value, string field) =>
        value.Kind == DateTimeKind.Local
            ? throw new DomainException(field, "Instants must be given in UTC (ISO 8601 with Z or an offset).")
            : Normalize(value);

    /// <summary>For people: minutes, in UTC, said so ("2026-03-02 16:25 UTC"). Pages show local times; texts stored for everyone use this.</summary>
    public static string Display(DateTime value) => Normalize(value).ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture);

    public static string Format(DateTime value) => Normalize(value).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
