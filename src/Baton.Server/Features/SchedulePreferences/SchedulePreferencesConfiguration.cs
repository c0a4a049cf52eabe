using Baton.Core.Organization;
using Baton.Core.SchedulePreferences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.SchedulePreferences;

internal sealed class ShiftPreferenceConfiguration : IEntityTypeConfiguration<ShiftPreference>
{
    public void Configure(EntityTypeBuilder<ShiftPreference> b)
    {
        b.ToTable("shift_preferences");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Day).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.Weight).HasConversion<string>().HasMaxLength(16);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => p.PersonId);
    }
}

internal sealed class UnavailabilityConfiguration : IEntityTypeConfiguration<Unavailability>
{
    public void Configure(EntityTypeBuilder<Unavailability> b)
    {
        b.ToTable("unavailabilities");
        b.HasKey(u => u.Id);
        b.Property(u => u.Id).ValueGeneratedNever();
        b.Property(u => u.Reason).HasMaxLength(Unavailability.MaxReasonLength);
        b.HasOne<Person>().WithMany().HasForeignKey(u => u.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(u => new { u.PersonId, u.To });
    }
}
