using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Telephony;

internal sealed class CallEventRecordConfiguration : IEntityTypeConfiguration<CallEventRecord>
{
    public void Configure(EntityTypeBuilder<CallEventRecord> b)
    {
        b.ToTable("call_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.DeliveryId).HasMaxLength(128);
        b.Property(e => e.CallId).HasMaxLength(256);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Caller).HasMaxLength(128);
        b.Property(e => e.Queue).HasMaxLength(64);
        b.Property(e => e.By).HasMaxLength(128);
        b.Property(e => e.Agent).HasMaxLength(64);
        b.Property(e => e.TargetQueue).HasMaxLength(64);
        b.Property(e => e.MenuOption).HasMaxLength(8);
        b.Property(e => e.Notes).HasMaxLength(4000);
        b.Property(e => e.Transcript).HasMaxLength(100_000);
        b.HasIndex(e => e.DeliveryId).IsUnique();
        b.HasIndex(e => e.CallId);
    }
}
