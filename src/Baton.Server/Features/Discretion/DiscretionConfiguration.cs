using Baton.Core.Discretion;
using Baton.Core.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Discretion;

internal sealed class DiscretionPolicyConfiguration : IEntityTypeConfiguration<DiscretionPolicy>
{
    public void Configure(EntityTypeBuilder<DiscretionPolicy> b)
    {
        b.ToTable("discretion_policies");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Gesture).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.HolderKind).HasConversion<string>().HasMaxLength(16);
        b.Property(p => p.HolderRole).HasConversion<string>().HasMaxLength(32);
        b.Property(p => p.HolderKey).HasMaxLength(64);
        b.Property(p => p.Currency).HasMaxLength(3);
        b.Property(p => p.PerInteractionLimit).HasPrecision(18, 2);
        b.Property(p => p.RollingWeekLimit).HasPrecision(18, 2);
        b.Property(p => p.EarnedMinKeptRate).HasPrecision(5, 4);
        b.Property(p => p.EarnedFactor).HasPrecision(6, 2);
        b.Property(p => p.Version).IsConcurrencyToken();
        b.Ignore(p => p.EarnedAutonomy);
        b.Ignore(p => p.HolderText);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.HolderPersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(p => new { p.Gesture, p.HolderKey }).IsUnique();
    }
}

internal sealed class GestureGrantConfiguration : IEntityTypeConfiguration<GestureGrant>
{
    public void Configure(EntityTypeBuilder<GestureGrant> b)
    {
        b.ToTable("gesture_grants");
        b.HasKey(g => g.Id);
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.Gesture).HasConversion<string>().HasMaxLength(32);
        b.Property(g => g.Amount).HasPrecision(18, 2);
        b.Property(g => g.Currency).HasMaxLength(3);
        b.Property(g => g.ReferenceKind).HasConversion<string>().HasMaxLength(16);
        b.Property(g => g.ReferenceId).HasMaxLength(GrantReference.MaxIdLength);
        b.Property(g => g.Reason).HasMaxLength(GestureGrant.MaxReasonLength);
        b.Property(g => g.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(g => g.DecisionWhy).HasMaxLength(1000);
        b.Property(g => g.DecisionNote).HasMaxLength(GestureGrant.MaxReasonLength);
        b.Property(g => g.PerInteractionLimit).HasPrecision(18, 2);
        b.Property(g => g.RollingWeekLimit).HasPrecision(18, 2);
        b.Property(g => g.Version).IsConcurrencyToken();
        b.Ignore(g => g.Reference);
        b.Ignore(g => g.IsGiven);
        b.HasOne<Person>().WithMany().HasForeignKey(g => g.RequesterId).OnDelete(DeleteBehavior.Restrict);
        // The allowance looks at one person's grants of one gesture over the last week; the page filters by period.
        b.HasIndex(g => new { g.RequesterId, g.Gesture, g.RequestedAt });
        b.HasIndex(g => g.RequestedAt);
        b.HasIndex(g => g.ApprovalCommitmentId);
        b.HasIndex(g => new { g.Status, g.ApproverId });
    }
}

internal sealed class EmploymentStartConfiguration : IEntityTypeConfiguration<EmploymentStart>
{
    public void Configure(EntityTypeBuilder<EmploymentStart> b)
    {
        b.ToTable("employment_starts");
        b.HasKey(e => e.PersonId);
        b.HasOne<Person>().WithOne().HasForeignKey<EmploymentStart>(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
