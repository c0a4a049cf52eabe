namespace Baton.Core.Cases;

/// <summary>
/// A stored copy of one <see cref="Workflows.NodeVisit"/>: the raw data of bottleneck reports (time spent per node).
/// It also keeps the workflow key and the version the case ran when it entered the node, so reports read visits by
/// workflow and period straight from an index, and a migrated case's earlier visits stay with the version whose node ids they name.
/// </summary>
public sealed class CaseNodeVisit
{
    private CaseNodeVisit() { }

    public CaseNodeVisit(int sequence, string workflowKey, int workflowVersion, string nodeId, DateTime enteredAt, DateTime? leftAt, string? outcome)
    {
        Sequence = sequence;
        WorkflowKey = workflowKey;
        WorkflowVersion = workflowVersion;
        NodeId = nodeId;
        EnteredAt = enteredAt;
        LeftAt = leftAt;
        Outcome = outcome;
    }

    public int Sequence { get; private set; }
    public string WorkflowKey { get; private set; } = "";
    /// <summary>The version the case ran when it entered the node; a migration does not move visits already made.</summary>
    public int WorkflowVersion { get; private set; }
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
