using Baton.Core.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Scorecards.ContextNotes;

internal sealed class ContextNoteConfiguration : IEntityTypeConfiguration<ContextNote>
{
    public void Configure(EntityTypeBuilder<ContextNote> b)
    {
        b.ToTable("context_notes");
        b.HasKey(n => n.Id);
        b.Property(n => n.Id).ValueGeneratedNever();
        b.Property(n => n.ItemKind).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(n => n.Text).HasMaxLength(ContextNote.MaxTextLength);
        b.Property(n => n.ReviewReason).HasMaxLength(ContextNote.MaxTextLength);
        // Scorecards read the accepted notes (exclusions); the drill-down reads notes by item; people read their own.
        b.HasIndex(n => new { n.Status, n.ItemId });
        b.HasIndex(n => n.ItemId);
        b.HasIndex(n => new { n.AuthorId, n.CreatedAt });
    }
}
