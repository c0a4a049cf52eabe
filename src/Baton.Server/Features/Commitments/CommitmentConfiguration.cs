using Baton.Core.Commitments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Commitments;

/// <summary>
/// Table commitments with the promisee as two columns (PromiseeKind, PromiseeId); custody, attempts and timeline in their own tables keyed by (CommitmentId, Sequence);
/// watchers as a primitive collection; Version as the optimistic concurrency token; enums as strings.
/// </summary>
internal sealed class CommitmentConfiguration : IEntityTypeConfiguration<Commitment>
{
    public void Configure(EntityTypeBuilder<Commitment> b)
    {
        b.ToTable("commitments");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(c => c.What).HasMaxLength(CommitmentRules.MaxWhatLength);
        b.Property(c => c.OutcomeReason).HasMaxLength(CommitmentRules.MaxReasonLength + CommitmentRules.MaxNoteLength);
        b.Property(c => c.AgreedBy).HasMaxLength(CommitmentRules.MaxAgreedByLength);
        b.Property(c => c.OrphanRiskReason).HasMaxLength(CommitmentRules.MaxReasonLength);
        b.Property(c => c.Version).IsConcurrencyToken();
        // Two columns in this table. Owned rather than a complex property because EF Core 10 cannot index
        // the properties of a complex type, and integrations look commitments up by promisee.
        b.OwnsOne(c => c.Promisee, p =>
        {
            p.WithOwner().HasForeignKey("CommitmentId");
            p.Property(x => x.Kind).HasColumnName("PromiseeKind").HasConversion<string>().HasMaxLength(20);
            p.Property(x => x.Id).HasColumnName("PromiseeId").ValueGeneratedNever();
            p.HasIndex(x => new { x.Kind, x.Id });
        });
        b.Navigation(c => c.Promisee).IsRequired();
        b.PrimitiveCollection(c => c.Watchers);

        b.OwnsMany(c => c.Custody, o =>
        {
            o.ToTable("commitment_custody");
            o.WithOwner().HasForeignKey("CommitmentId");
            o.HasKey("CommitmentId", nameof(CustodyTransfer.Sequence));
            o.Property(t => t.Sequence).ValueGeneratedNever();
            o.Property(t => t.Reason).HasConversion<string>().HasMaxLength(20);
            o.Property(t => t.Note).HasMaxLength(CommitmentRules.MaxNoteLength);
            o.HasIndex(t => t.ToId);
        });
        b.OwnsMany(c => c.Attempts, o =>
        {
            o.ToTable("commitment_attempts");
            o.WithOwner().HasForeignKey("CommitmentId");
            o.HasKey("CommitmentId", nameof(Attempt.Sequence));
            o.Property(a => a.Sequence).ValueGeneratedNever();
            o.Property(a => a.Channel).HasConversion<string>().HasMaxLength(20);
            o.Property(a => a.Result).HasConversion<string>().HasMaxLength(20);
            o.Property(a => a.Note).HasMaxLength(CommitmentRules.MaxNoteLength);
        });
        b.OwnsMany(c => c.Timeline, o =>
        {
            o.ToTable("commitment_timeline");
            o.WithOwner().HasForeignKey("CommitmentId");
            o.HasKey("CommitmentId", nameof(TimelineEntry.Sequence));
            o.Property(t => t.Sequence).ValueGeneratedNever();
            o.Property(t => t.Kind).HasConversion<string>().HasMaxLength(30);
            o.Property(t => t.Text).HasMaxLength(CommitmentRules.MaxNoteLength + 200);
        });
        b.Navigation(c => c.Custody).AutoInclude();
        b.Navigation(c => c.Attempts).AutoInclude();
        b.Navigation(c => c.Timeline).AutoInclude();

        // The ledger is queried by owner, status, kind, due, department and promisee (Desk, Board, integrations).
        b.HasIndex(c => new { c.OwnerId, c.Status, c.Due });
        b.HasIndex(c => new { c.Status, c.Due });
        // The Board and the Desk read open commitments only: a few thousand among millions closed.
        b.HasIndex(c => new { c.Due, c.Id }).HasFilter("\"Status\" <> 'Closed'").HasDatabaseName("IX_commitments_open_due");
        b.HasIndex(c => new { c.Kind, c.Status });
        b.HasIndex(c => c.Due);
        b.HasIndex(c => c.DepartmentId);
        b.HasIndex(c => c.RequesterId);
        // Scorecards read what closed in a period.
        b.HasIndex(c => new { c.ClosedAt, c.OwnerId });
    }
}
