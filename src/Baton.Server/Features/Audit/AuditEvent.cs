using System.Text.Json;
using Baton.Core.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baton.Server.Features.Audit;

/// <summary>A stored audit event. Rows are only ever inserted; the hash chain proves it.</summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public required string Subject { get; init; }
    public required long Sequence { get; init; }
    public required AuditEventType Type { get; init; }
    public Guid? ActorId { get; init; }
    public required string ActorName { get; init; }
    public required DateTime At { get; init; }
    public string? Before { get; init; }
    public string? After { get; init; }
    public string? Reason { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }

    public AuditRecord ToRecord() => new(Id, Subject, Sequence, Type, ActorId, ActorName, At, Before, After, Reason, PreviousHash, Hash);
}

/// <summary>A stored checkpoint; Heads is the JSON list of sealed subject heads.</summary>
public sealed class AuditCheckpoint
{
    public long Id { get; set; }
    public required long Number { get; init; }
    public required DateTime At { get; init; }
    public required long LastEventId { get; init; }
    public required List<SealedHead> Heads { get; init; }
    public required string PreviousHash { get; init; }
    public required string Hash { get; init; }

    public CheckpointRecord ToRecord() => new(Number, At, LastEventId, Heads, PreviousHash, Hash);
}

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.ToTable("audit_events");
        b.HasKey(e => e.Id);
        b.Property(e => e.Subject).HasMaxLength(200);
        b.Property(e => e.ActorName).HasMaxLength(200);
        b.Property(e => e.Before).HasMaxLength(100_000);
        b.Property(e => e.After).HasMaxLength(100_000);
        b.Property(e => e.Reason).HasMaxLength(2000);
        b.Property(e => e.PreviousHash).HasMaxLength(64);
        b.Property(e => e.Hash).HasMaxLength(64);
        // One row per (subject, sequence): two concurrent writers on one subject cannot both extend its chain.
        b.HasIndex(e => new { e.Subject, e.Sequence }).IsUnique();
        b.HasIndex(e => e.At);
        b.HasIndex(e => e.ActorId);
        b.HasIndex(e => e.Type);
    }
}

internal sealed class AuditCheckpointConfiguration : IEntityTypeConfiguration<AuditCheckpoint>
{
    public void Configure(EntityTypeBuilder<AuditCheckpoint> b)
    {
        b.ToTable("audit_checkpoints");
        b.HasKey(c => c.Id);
        b.HasIndex(c => c.Number).IsUnique();
        b.Property(c => c.PreviousHash).HasMaxLength(64);
        b.Property(c => c.Hash).HasMaxLength(64);
        b.Property(c => c.Heads).HasMaxLength(1_000_000).HasConversion(
            heads => JsonSerializer.Serialize(heads, JsonSerializerOptions.Web),
            json => JsonSerializer.Deserialize<List<SealedHead>>(json, JsonSerializerOptions.Web) ?? new List<SealedHead>(),
            new ValueComparer<List<SealedHead>>((a, b) => a!.SequenceEqual(b!), l => l.Count, l => l.ToList()));
    }
}
