using Baton.Core.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Cases;

/// <summary>
/// Table cases (the workflow state as JSON text plus the queryable parts copied out of it); custody, timeline and
/// node visits in their own tables keyed by (CaseId, Sequence); visits are also indexed by workflow and the instant they
/// were left, for bottleneck reports. Version is the optimistic concurrency token.
/// </summary>
internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> b)
    {
        b.ToTable("cases");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.WorkflowKey).HasMaxLength(100);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.CurrentNodeId).HasMaxLength(100);
        b.Property(c => c.EndOutcome).HasMaxLength(40);
        b.Property(c => c.WaitEvent).HasMaxLength(200);
        b.Property(c => c.StateJson).HasMaxLength(200_000);
        b.Property(c => c.Version).IsConcurrencyToken();

        b.OwnsMany(c => c.Custody, o =>
        {
            o.ToTable("case_custody");
            o.WithOwner().HasForeignKey("CaseId");
            o.HasKey("CaseId", nameof(CaseCustodyTransfer.Sequence));
            o.Property(t => t.Sequence).ValueGeneratedNever();
            o.Property(t => t.Reason).HasConversion<string>().HasMaxLength(20);
            o.Property(t => t.Note).HasMaxLength(Case.MaxNoteLength);
            o.HasIndex(t => t.ToId);
        });
        b.OwnsMany(c => c.Timeline, o =>
        {
            o.ToTable("case_timeline");
            o.WithOwner().HasForeignKey("CaseId");
            o.HasKey("CaseId", nameof(CaseTimelineEntry.Sequence));
            o.Property(t => t.Sequence).ValueGeneratedNever();
            o.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
            o.Property(t => t.NodeId).HasMaxLength(100);
            o.Property(t => t.Text).HasMaxLength(Case.MaxNoteLength + 2000);
            o.Property(t => t.Data).HasMaxLength(100_000);
            o.HasIndex(t => t.CommitmentId);
        });
        b.OwnsMany(c => c.Visits, o =>
        {
            o.ToTable("case_visits");
            o.WithOwner().HasForeignKey("CaseId");
            o.HasKey("CaseId", nameof(CaseNodeVisit.Sequence));
            o.Property(v => v.Sequence).ValueGeneratedNever();
            o.Property(v => v.WorkflowKey).HasMaxLength(100);
            o.Property(v => v.NodeId).HasMaxLength(100);
            o.Property(v => v.Outcome).HasMaxLength(100);
            // Bottleneck reports read one workflow's visits left in a period, or still open, straight from this index.
            o.HasIndex(v => new { v.WorkflowKey, v.LeftAt });
        });
        b.Navigation(c => c.Custody).AutoInclude();
        b.Navigation(c => c.Timeline).AutoInclude();
        b.Navigation(c => c.Visits).AutoInclude();

        b.HasIndex(c => new { c.OwnerId, c.Status });
        b.HasIndex(c => new { c.WorkflowKey, c.WorkflowVersion, c.Status });
        b.HasIndex(c => c.CustomerId);
    }
}
