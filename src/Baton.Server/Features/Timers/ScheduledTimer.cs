using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Timers;

/// <summary>
/// One due instant, stored as a row so it survives restarts and is fired exactly once across nodes.
/// Kind names the handler ("commitment.due"); SubjectId the thing it concerns.
/// </summary>
public sealed class ScheduledTimer
{
    public long Id { get; set; }
    public required string Kind { get; init; }
    public required Guid SubjectId { get; init; }
    public required DateTime DueAt { get; init; }
    public string? Payload { get; init; }
    public required DateTime CreatedAt { get; init; }
    public DateTime? FiredAt { get; set; }
    public DateTime? CancelledAt { get; set; }
    /// <summary>How many times a handler failed on it; the dispatcher retries with backoff.</summary>
    public int Failures { get; set; }
    public string? LastError { get; set; }
    /// <summary>Set after a failure: the row is not retried before this instant.</summary>
    public DateTime? RetryAt { get; set; }

    public bool IsPending => FiredAt is null && CancelledAt is null;
}

internal sealed class ScheduledTimerConfiguration : IEntityTypeConfiguration<ScheduledTimer>
{
    public void Configure(EntityTypeBuilder<ScheduledTimer> b)
    {
        b.ToTable("timers");
        b.HasKey(t => t.Id);
        b.Property(t => t.Kind).HasMaxLength(64);
        b.Property(t => t.LastError).HasMaxLength(2000);
        // The dispatcher's one hot query: pending rows by due instant. Filtered so fired rows cost nothing.
        b.HasIndex(t => t.DueAt).HasFilter("\"FiredAt\" IS NULL AND \"CancelledAt\" IS NULL").HasDatabaseName("ix_timers_pending_due");
        b.HasIndex(t => new { t.SubjectId, t.Kind });
    }
}
