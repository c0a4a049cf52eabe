namespace Baton.Core.Cases;

/// <summary>A stored copy of one <see cref="Workflows.NodeVisit"/>: the raw data of bottleneck reports (time spent per node).</summary>
public sealed class CaseNodeVisit
{
    private CaseNodeVisit() { }

    public CaseNodeVisit(int sequence, string nodeId, DateTime enteredAt, DateTime? leftAt, string? outcome)
    {
        Sequence = sequence;
        NodeId = nodeId;
        EnteredAt = enteredAt;
        LeftAt = leftAt;
        Outcome = outcome;
    }

    public int Sequence { get; private set; }
    public string NodeId { get; private set; } = "";
    public DateTime EnteredAt { get; private set; }
    public DateTime? LeftAt { get; private set; }
    public string? Outcome { get; private set; }

    internal void Leave(DateTime? leftAt, string? outcome)
    {
        LeftAt = leftAt;
        Outcome = outcome;
    }
}
