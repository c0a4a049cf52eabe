namespace Baton.Core.Audit;

/// <summary>
/// One audit event as hashed. Subject names the chain ("person/…", "commitment/…"); Sequence counts from 1 within it.
/// </summary>
public sealed record AuditRecord(
    long Id,
    string Subject,
    long Sequence,
    AuditEventType Type,
    Guid? ActorId,
    string ActorName,
    DateTime At,
    string? Before,
    string? After,
    string? Reason,
    string PreviousHash,
    string Hash);

/// <summary>The head of one subject's chain as sealed by a checkpoint.</summary>
public sealed record SealedHead(string Subject, long Sequence, string Hash);

/// <summary>
/// A checkpoint seals the head of every subject changed since the previous one and chains to it,
/// so deleting a subject's latest event, or inserting one under an old watermark, is detected.
/// </summary>
public sealed record CheckpointRecord(
    long Number,
    DateTime At,
    long LastEventId,
    IReadOnlyList<SealedHead> Heads,
    string PreviousHash,
    string Hash);
