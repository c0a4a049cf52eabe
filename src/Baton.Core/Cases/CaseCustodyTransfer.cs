namespace Baton.Core.Cases;

/// <summary>Why a case changed hands.</summary>
public enum CaseCustodyReason
{
    Assigned = 1,
    Reassigned = 2,
    ShiftHandover = 3,
    Escalated = 4,
}

/// <summary>One pass of a case's accountability: from whom (none when it was opened), to whom, why, by whom and when.</summary>
public sealed record CaseCustodyTransfer(int Sequence, Guid? FromId, Guid ToId, CaseCustodyReason Reason, Guid ActorId, DateTime At, string? Note);
