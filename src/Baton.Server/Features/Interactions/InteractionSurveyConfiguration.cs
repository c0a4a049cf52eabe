using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Interactions;

internal sealed class InteractionSurveyConfiguration : IEntityTypeConfiguration<InteractionSurvey>
{
    public void Configure(EntityTypeBuilder<InteractionSurvey> b)
    {
        b.ToTable("interaction_surveys");
        b.HasKey(s => s.InteractionId);
        b.Property(s => s.Comment).HasMaxLength(InteractionSurvey.MaxCommentLength);
        b.HasIndex(s => new { s.HandledById, s.InteractionAt, s.Score });
        b.HasIndex(s => new { s.InteractionAt, s.Score });
    }
}
