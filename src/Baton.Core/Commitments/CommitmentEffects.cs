using Baton.Core.Audit;

namespace Baton.Core.Commitments;

/// <summary>A message the server must deliver to a person after applying the change.</summary>
public sealed record CommitmentNotification(Guid PersonId, Guid CommitmentId, string Text);

/// <summary>An audit event the server must write in the same transaction; the subject is the commitment.</summary>
public sealed record CommitmentAuditEntry(Guid CommitmentId, AuditEventType Type, string? Before, string? After, string? Reason);

/// <summary>What must happen besides the state change itself. Decisions return it; the server applies it.</summary>
public sealed record CommitmentEffects(IReadOnlyList<CommitmentNotification> Notifications, IReadOnlyList<CommitmentAuditEntry> Audit)
{
    public static readonly CommitmentEffects None = new([], []);

    public CommitmentEffects Then(CommitmentEffects next) =>
        new([.. Notifications, .. next.Notifications], [.. Audit, .. next.Audit]);
}

/// <summary>A new commitment (made, logged or renegotiated) and the effects of making it.</summary>
public sealed record CommitmentResult(Commitment Commitment, CommitmentEffects Effects);

/// <summary>An attempt was recorded; Reached says whether the promisee was reached.</summary>
public sealed record AttemptRecorded(Attempt Attempt, bool Reached, CommitmentEffects Effects);
