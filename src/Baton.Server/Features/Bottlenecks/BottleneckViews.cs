using Baton.Server.Features.Cases;

namespace Baton.Server.Features.Bottlenecks;

/// <summary>Cases that ended at a node in the period, by how they ended.</summary>
public sealed record BottleneckExitsView(int Completed, int Cancelled, int Abandoned, int Total);

/// <summary>
/// One node of a bottleneck report. Visits are the passes finished in the period and P50/P90 their time in node (null
/// without one); Waiting the passes still open at AsOf (not in the percentiles), LongestWaiting the oldest so far.
/// Heat (0–1) is P90 against the slowest node's P90; Color its shade; Label the lines drawn on the chart. InChart is
/// false for a node only another version has (Title and Kind then come from that version).
/// </summary>
public sealed record BottleneckNodeView(
    string NodeId,
    string? Title,
    string? Kind,
    bool InChart,
    int Visits,
    int Cases,
    double? P50Seconds,
    double? P90Seconds,
    int Waiting,
    double? LongestWaitingSeconds,
    BottleneckExitsView Exits,
    int TransfersOut,
    double? Heat,
    string Color,
    IReadOnlyList<string> Label,
    string Description);

/// <summary>
/// A workflow's bottlenecks over [From, To), read as of AsOf (the end, or now if sooner): for Version, or every version when
/// null; drawn on ChartVersion. Nodes lists the chart's nodes in its order, then nodes only other versions have.
/// </summary>
public sealed record WorkflowBottlenecksView(
    string Key,
    string Title,
    int? Version,
    int ChartVersion,
    IReadOnlyList<int> Versions,
    DateTime From,
    DateTime To,
    DateTime AsOf,
    int Cases,
    double? SlowestP90Seconds,
    IReadOnlyList<BottleneckNodeView> Nodes,
    string ChartUrl);

/// <summary>One of the slowest cases at a node: its time there over every pass in the period, and where it stands now.</summary>
public sealed record SlowCaseView(
    Guid CaseId,
    CaseParty Customer,
    CaseParty Owner,
    string Status,
    string CurrentNodeId,
    int WorkflowVersion,
    double TimeInNodeSeconds,
    int Passes,
    bool Waiting,
    DateTime LastEnteredAt,
    string Link);

/// <summary>The slowest cases at a node, most time in the node first.</summary>
public sealed record SlowCasesView(string Key, string NodeId, string? NodeTitle, int? Version, DateTime From, DateTime To, DateTime AsOf,
    IReadOnlyList<SlowCaseView> Cases);
