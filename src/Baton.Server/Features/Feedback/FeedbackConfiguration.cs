using Baton.Core.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Feedback;

/// <summary>Table feedback: named feedback, looked up by receiver and by giver; enums as strings.</summary>
internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> b)
    {
        b.ToTable("feedback");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.TargetKind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.ItemKind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Theme).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Text).HasMaxLength(FeedbackRules.MaxTextLength);
        b.Property(f => f.Response).HasMaxLength(FeedbackRules.MaxTextLength);
        b.Ignore(f => f.Target);
        b.HasIndex(f => new { f.ReceiverId, f.CreatedAt });
        b.HasIndex(f => new { f.GiverId, f.CreatedAt });
        b.HasIndex(f => f.ResponseCommitmentId);
    }
}

/// <summary>
/// Table anonymous_feedback: no giver, no instant — only the receiver, the month, the keyed giver hash, theme and text.
/// </summary>
internal sealed class AnonymousFeedbackConfiguration : IEntityTypeConfiguration<AnonymousFeedback>
{
    public void Configure(EntityTypeBuilder<AnonymousFeedback> b)
    {
        b.ToTable("anonymous_feedback");
        b.HasKey(f => f.Id);
        b.Property(f => f.Id).ValueGeneratedNever();
        b.Property(f => f.TargetKind).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.GiverKey).HasMaxLength(64);
        b.Property(f => f.Theme).HasConversion<string>().HasMaxLength(20);
        b.Property(f => f.Text).HasMaxLength(FeedbackRules.MaxTextLength);
        b.Ignore(f => f.Target);
        b.Ignore(f => f.Fact);
        b.HasIndex(f => new { f.TargetKind, f.TargetId, f.PeriodStart });
    }
}

/// <summary>Table anonymous_feedback_groups: one row per receiver and month, only once enough people gave feedback.</summary>
internal sealed class AnonymousFeedbackGroupConfiguration : IEntityTypeConfiguration<AnonymousFeedbackGroup>
{
    public void Configure(EntityTypeBuilder<AnonymousFeedbackGroup> b)
    {
        b.ToTable("anonymous_feedback_groups");
        b.HasKey(g => g.Id);
        b.Property(g => g.Id).ValueGeneratedNever();
        b.Property(g => g.TargetKind).HasConversion<string>().HasMaxLength(20);
        b.Property(g => g.TargetKey).HasMaxLength(64);
        b.Property(g => g.Response).HasMaxLength(FeedbackRules.MaxTextLength);
        b.Ignore(g => g.Target);
        b.HasIndex(g => new { g.TargetKey, g.PeriodStart }).IsUnique();
        b.HasIndex(g => g.ReceiverId);
    }
}

/// <summary>A server secret generated once and kept in the database (unless configured); never shown or logged.</summary>
public sealed class FeedbackSecret
{
    public required string Name { get; init; }
    public required string Value { get; init; }
    public DateTime CreatedAt { get; init; }
}

internal sealed class FeedbackSecretConfiguration : IEntityTypeConfiguration<FeedbackSecret>
{
    public void Configure(EntityTypeBuilder<FeedbackSecret> b)
    {
        b.ToTable("feedback_secrets");
        b.HasKey(s => s.Name);
        b.Property(s => s.Name).HasMaxLength(64);
        b.Property(s => s.Value).HasMaxLength(200);
    }
}
