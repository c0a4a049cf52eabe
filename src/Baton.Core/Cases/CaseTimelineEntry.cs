namespace Baton.Core.Cases;

public enum CaseTimelineKind
{
    Started = 1,
    StepCompleted = 2,
    Effect = 3,
    Comment = 4,
    Transferred = 5,
    Migrated = 6,
    EventReceived = 7,
    WaitElapsed = 8,
    Ended = 9,
    Note = 10,
}

/// <summary>
/// One line of a case's history: a step taken (with its answers as JSON in <see cref="Data"/>), an effect produced
/// (with the commitment it created, if any), a comment or a change of owner or version.
/// </summary>
public sealed record CaseTimelineEntry(
    int Sequence,
    DateTime At,
    Guid? ActorId,
    CaseTimelineKind Kind,
    string? NodeId,
    string Text,
    string? Data = null,
    Guid? CommitmentId = null);
