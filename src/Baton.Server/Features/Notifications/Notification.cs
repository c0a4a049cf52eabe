using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Notifications;

/// <summary>A message for one person (an inbox line). Written in the same save as the change it tells about.</summary>
public sealed class Notification
{
    private Notification() { }

    public Notification(Guid id, Guid personId, Guid? commitmentId, string text, DateTime createdAt)
    {
        Id = id;
        PersonId = personId;
        CommitmentId = commitmentId;
        Text = text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "…");
        CreatedAt = createdAt;
    }

    public const int MaxTextLength = 1000;

    public Guid Id { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid? CommitmentId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    /// <summary>Null until the person has read it.</summary>
    public DateTime? ReadAt { get; private set; }

    public void MarkRead(DateTime now) => ReadAt ??= now;
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> b)
    {
        b.ToTable("notifications");
        b.HasKey(n => n.Id);
        b.Property(n => n.Text).HasMaxLength(Notification.MaxTextLength);
        b.HasIndex(n => new { n.PersonId, n.ReadAt, n.CreatedAt });
        b.HasIndex(n => n.CommitmentId);
    }
}
