using System.Text.Json;
using Baton.Core.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.BusinessHours;

/// <summary>A department's business hours and the SLA its hand-offs must be accepted within (counted in business time).</summary>
public sealed class DepartmentCalendar
{
    public Guid DepartmentId { get; set; }
    public required string TimeZone { get; set; }
    public required List<OpeningHours> Hours { get; set; }
    public List<DateOnly> Holidays { get; set; } = [];
    public int AcceptanceSlaMinutes { get; set; } = 30;

    public BusinessCalendar ToCalendar() => new(TimeZone, Hours, Holidays);
}

internal sealed class DepartmentCalendarConfiguration : IEntityTypeConfiguration<DepartmentCalendar>
{
    public void Configure(EntityTypeBuilder<DepartmentCalendar> b)
    {
        b.ToTable("department_calendars");
        b.HasKey(c => c.DepartmentId);
        b.HasOne<Baton.Core.Organization.Department>().WithOne().HasForeignKey<DepartmentCalendar>(c => c.DepartmentId).OnDelete(DeleteBehavior.Cascade);
        b.Property(c => c.TimeZone).HasMaxLength(64);
        b.Property(c => c.Hours).HasMaxLength(4000).HasConversion(Json.Converter<List<OpeningHours>>(), Json.Comparer<OpeningHours>());
        b.Property(c => c.Holidays).HasMaxLength(4000).HasConversion(Json.Converter<List<DateOnly>>(), Json.Comparer<DateOnly>());
    }
}

/// <summary>Small lists stored as JSON text: the same on SQLite and PostgreSQL.</summary>
internal static class Json
{
    public static Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<T, string> Converter<T>() where T : new() => new(
        v => JsonSerializer.Serialize(v, JsonSerializerOptions.Web),
        s => JsonSerializer.Deserialize<T>(s, JsonSerializerOptions.Web) ?? new T());

    public static ValueComparer<List<T>> Comparer<T>() => new(
        (a, b) => JsonSerializer.Serialize(a, JsonSerializerOptions.Web) == JsonSerializer.Serialize(b, JsonSerializerOptions.Web),
        l => JsonSerializer.Serialize(l, JsonSerializerOptions.Web).GetHashCode(StringComparison.Ordinal),
        l => l.ToList());
}
