using Baton.Core.Organization;
using Baton.Core.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Routing;

internal sealed class RoutingRuleConfiguration : IEntityTypeConfiguration<RoutingRule>
{
    public void Configure(EntityTypeBuilder<RoutingRule> b)
    {
        b.ToTable("routing_rules");
        b.HasKey(r => r.Id);
        b.Property(r => r.Queue).HasMaxLength(RoutingRule.MaxQueueLength);
        b.HasIndex(r => r.Queue).IsUnique();
        b.PrimitiveCollection(r => r.RequiredSkills);
        b.Property(r => r.Version).IsConcurrencyToken();
        b.Ignore(r => r.OfferTimeout);
        b.Ignore(r => r.OverflowAfter);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.DepartmentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Department>().WithMany().HasForeignKey(r => r.OverflowDepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkItemConfiguration : IEntityTypeConfiguration<WorkItem>
{
    public void Configure(EntityTypeBuilder<WorkItem> b)
    {
        b.ToTable("routing_work_items");
        b.HasKey(w => w.Id);
        b.Property(w => w.Kind).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(w => w.Queue).HasMaxLength(WorkItem.MaxQueueLength);
        b.PrimitiveCollection(w => w.RequiredSkills);
        b.PrimitiveCollection(w => w.Excluded);
        b.Property(w => w.Version).IsConcurrencyToken();
        b.Ignore(w => w.IsQueued);
        // A routing pass reads the queue oldest first; loads and idle times read a person's assigned work.
        b.HasIndex(w => new { w.Status, w.EnqueuedAt });
        b.HasIndex(w => w.ReferenceId);
        b.HasIndex(w => new { w.AssigneeId, w.Status });
    }
}

internal sealed class WorkOfferConfiguration : IEntityTypeConfiguration<WorkOffer>
{
    public void Configure(EntityTypeBuilder<WorkOffer> b)
    {
        b.ToTable("routing_offers");
        b.HasKey(o => o.Id);
        b.Property(o => o.Status).HasConversion<string>().HasMaxLength(16);
        b.Ignore(o => o.IsOpen);
        b.Ignore(o => o.Refused);
        b.HasOne<WorkItem>().WithMany().HasForeignKey(o => o.WorkItemId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<Person>().WithMany().HasForeignKey(o => o.PersonId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(o => new { o.Status, o.PersonId });
        b.HasIndex(o => o.WorkItemId);
    }
}

internal sealed class RoutingProfileConfiguration : IEntityTypeConfiguration<RoutingProfile>
{
    public void Configure(EntityTypeBuilder<RoutingProfile> b)
    {
        b.ToTable("routing_profiles");
        b.HasKey(p => p.PersonId);
        b.Ignore(p => p.Capacity);
        b.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
