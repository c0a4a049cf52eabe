namespace Baton.Core.Workflows;

/// <summary>Where one case stands in its workflow. Immutable: the runner returns a new state.</summary>
public sealed record WorkflowState(
    string WorkflowKey,
    int WorkflowVersion,
    string CurrentNodeId,
    WorkflowStatus Status,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Fields,
    string Text,
    SentimentTag? Sentiment,
    IReadOnlyList<NodeVisit> Visits,
    DateTime? WaitUntil = null,
    string? WaitEvent = null,
    string? EndOutcome = null)
{
    /// <summary>The node ids in the order the case passed through them.</summary>
    public IReadOnlyList<string> Path => Visits.Select(v => v.NodeId).ToList();

    public ConditionFacts Facts() => new(Answers, Fields, Text, Sentiment);
}
