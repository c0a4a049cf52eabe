using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Expectations;

internal sealed class ExpectationConfiguration : IEntityTypeConfiguration<Expectation>
{
    public void Configure(EntityTypeBuilder<Expectation> b)
    {
        b.ToTable("expectations");
        b.HasKey(e => e.Id);
        b.Property(e => e.Metric).HasMaxLength(64);
        b.Property(e => e.AppliesToKind).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.AppliesTo).HasMaxLength(64);
        b.Property(e => e.Comparison).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.Target).HasPrecision(18, 6);
        b.Property(e => e.Description).HasMaxLength(1000);
        b.Property(e => e.ChangeReason).HasMaxLength(1000);
        b.HasIndex(e => new { e.Key, e.Version }).IsUnique();
    }
}
