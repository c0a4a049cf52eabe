using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Interactions;

internal sealed class InteractionConfiguration : IEntityTypeConfiguration<Interaction>
{
    public void Configure(EntityTypeBuilder<Interaction> b)
    {
        b.ToTable("interactions");
        b.HasKey(i => i.Id);
        b.Property(i => i.CallId).HasMaxLength(256);
        b.Property(i => i.Caller).HasMaxLength(128);
        b.Property(i => i.CallerNumber).HasMaxLength(32);
        b.Property(i => i.QueueName).HasMaxLength(64);
        b.Property(i => i.AgentUserName).HasMaxLength(64);
        b.Property(i => i.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(i => i.HungUpBy).HasMaxLength(128);
        b.Property(i => i.MenuOption).HasMaxLength(8);
        b.PrimitiveCollection(i => i.TransferredTo);
        b.Property(i => i.Notes).HasMaxLength(4000);
        b.Property(i => i.Transcript).HasMaxLength(100_000);
        b.Property(i => i.CallbackGap).HasMaxLength(500);
        b.Property(i => i.Topic).HasMaxLength(Interaction.TopicMaxLength);
        b.Property(i => i.Version).IsConcurrencyToken();
        b.HasIndex(i => i.CallId).IsUnique();
        b.HasIndex(i => new { i.AgentId, i.Status });
        b.HasIndex(i => new { i.CustomerId, i.QueuedAt });
        b.HasIndex(i => i.QueuedAt);
        // Scorecards: a handler's calls in a period, with what first-contact resolution and handle time read.
        b.HasIndex(i => new { i.AgentId, i.QueuedAt, i.AnsweredAt, i.HandleSeconds, i.Resolved, i.RepeatGapSeconds, i.Id });
    }
}
