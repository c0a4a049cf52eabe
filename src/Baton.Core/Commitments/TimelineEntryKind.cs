namespace Baton.Core.Commitments;

/// <summary>What a timeline entry records. Numbers are stored: never renumber.</summary>
public enum TimelineEntryKind
{
    Created = 1,
    Transferred = 2,
    HandedOff = 3,
    Accepted = 4,
    Rejected = 5,
    Attempt = 6,
    Comment = 7,
    CustomerMessage = 8,
    Closed = 9,
    Renegotiated = 10,
    WatcherAdded = 11,
    WatcherRemoved = 12,
    Overdue = 13,
    OnHold = 20,
    Resumed = 21,
    Escalated = 22,
    /// <summary>Nobody eligible is on shift before it is due (invariant 5).</summary>
    OrphanRisk = 23,
}
