namespace Baton.Core.Commitments;

/// <summary>One link of the custody chain: the baton passing from one owner to the next.</summary>
public sealed class CustodyTransfer
{
    private CustodyTransfer() { }

    internal CustodyTransfer(int sequence, Guid? fromId, Guid toId, CustodyReason reason, Guid actorId, DateTime at, string? note)
    {
        Sequence = sequence;
        FromId = fromId;
        ToId = toId;
        Reason = reason;
        ActorId = actorId;
        At = at;
        Note = note;
    }

    /// <summary>Counts from 1 within the commitment.</summary>
    public int Sequence { get; private set; }
    /// <summary>Null only for the first owner.</summary>
    public Guid? FromId { get; private set; }
    public Guid ToId { get; private set; }
    public CustodyReason Reason { get; private set; }
    public Guid ActorId { get; private set; }
    public DateTime At { get; private set; }
    public string? Note { get; private set; }
}
