namespace Baton.Core.Commitments;

/// <summary>One line of a commitment's history as people read it.</summary>
public sealed class TimelineEntry
{
    private TimelineEntry() { }

    internal TimelineEntry(int sequence, DateTime at, Guid? actorId, TimelineEntryKind kind, string text)
    {
        Sequence = sequence;
        At = at;
        ActorId = actorId;
        Kind = kind;
        Text = text;
    }

    /// <summary>Counts from 1 within the commitment.</summary>
    public int Sequence { get; private set; }
    public DateTime At { get; private set; }
    /// <summary>Null when the system acted (a timer marking it overdue).</summary>
    public Guid? ActorId { get; private set; }
    public TimelineEntryKind Kind { get; private set; }
    public string Text { get; private set; } = "";
}
