using Baton.Core.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.People;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> b)
    {
        b.ToTable("people");
        b.HasKey(p => p.Id);
        b.Property(p => p.UserName).HasMaxLength(64);
        b.HasIndex(p => p.UserName).IsUnique();
        b.Property(p => p.DisplayName).HasMaxLength(200);
        b.Property(p => p.TimeZone).HasMaxLength(64);
        b.Property(p => p.Presence).HasConversion<string>().HasMaxLength(16);
        b.PrimitiveCollection(p => p.Roles).ElementType(e => e.HasConversion<string>());
        b.PrimitiveCollection(p => p.Skills);
        b.HasOne<Team>().WithMany().HasForeignKey(p => p.TeamId).OnDelete(DeleteBehavior.SetNull);
        b.HasIndex(p => p.TeamId);
    }
}

internal sealed class TeamConfiguration : IEntityTypeConfiguration<Team>
{
    public void Configure(EntityTypeBuilder<Team> b)
    {
        b.ToTable("teams");
        b.HasKey(t => t.Id);
        b.Property(t => t.Name).HasMaxLength(200);
        b.HasIndex(t => t.Name).IsUnique();
        b.HasOne<Department>().WithMany().HasForeignKey(t => t.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DepartmentConfiguration : IEntityTypeConfiguration<Department>
{
    public void Configure(EntityTypeBuilder<Department> b)
    {
        b.ToTable("departments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Name).HasMaxLength(200);
        b.HasIndex(d => d.Name).IsUnique();
        b.Property(d => d.TimeZone).HasMaxLength(64);
    }
}

internal sealed class ShiftConfiguration : IEntityTypeConfiguration<Shift>
{
    public void Configure(EntityTypeBuilder<Shift> b)
    {
        b.ToTable("shifts");
        b.HasKey(s => s.Id);
        b.Property(s => s.TimeZone).HasMaxLength(64);
        b.Property(s => s.Label).HasMaxLength(50);
        b.HasOne<Person>().WithMany().HasForeignKey(s => s.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(s => new { s.PersonId, s.Start });
        b.HasIndex(s => new { s.Start, s.End });
    }
}
