using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Email;

internal sealed class OutboxEmailConfiguration : IEntityTypeConfiguration<OutboxEmail>
{
    public void Configure(EntityTypeBuilder<OutboxEmail> b)
    {
        b.ToTable("email_outbox");
        b.HasKey(e => e.Id);
        b.Property(e => e.To).HasMaxLength(EmailOutbox.MaxAddressLength);
        b.Property(e => e.Subject).HasMaxLength(EmailOutbox.MaxSubjectLength);
        b.Property(e => e.Body).HasMaxLength(EmailOutbox.MaxBodyLength);
        b.Property(e => e.TemplateKey).HasMaxLength(100);
        b.Property(e => e.Status).HasConversion<string>().HasMaxLength(16);
        b.Property(e => e.LastError).HasMaxLength(EmailOutbox.MaxErrorLength);
        b.HasIndex(e => new { e.Status, e.NextAttemptAt });
        b.HasIndex(e => e.CreatedAt);
    }
}
