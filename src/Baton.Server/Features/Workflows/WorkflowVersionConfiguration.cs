using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Workflows;

internal sealed class WorkflowVersionConfiguration : IEntityTypeConfiguration<WorkflowVersion>
{
    public void Configure(EntityTypeBuilder<WorkflowVersion> b)
    {
        b.ToTable("workflow_versions");
        b.HasKey(v => v.Id);
        b.Property(v => v.Key).HasMaxLength(100);
        b.Property(v => v.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(v => v.Yaml).HasMaxLength(WorkflowVersion.MaxYamlLength);
        b.Property(v => v.Title).HasMaxLength(200);
        b.Property(v => v.OwnerUserName).HasMaxLength(64);
        b.Property(v => v.DraftReason).HasMaxLength(2000);
        b.Property(v => v.ChangeReason).HasMaxLength(2000);
        b.Property(v => v.AuthorName).HasMaxLength(200);
        b.Property(v => v.PublishedByName).HasMaxLength(200);
        b.Property(v => v.RetiredByName).HasMaxLength(200);
        b.Property(v => v.RetireReason).HasMaxLength(2000);
        b.HasIndex(v => new { v.Key, v.Version }).IsUnique();
        // At most one Published version per key, enforced by the database even when two publishers race.
        b.HasIndex(v => v.Key).IsUnique().HasFilter("\"Status\" = 'Published'").HasDatabaseName("IX_workflow_versions_Key_Published");
    }
}
