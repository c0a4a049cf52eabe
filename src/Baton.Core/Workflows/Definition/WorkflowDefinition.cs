namespace Baton.Core.Workflows;

/// <summary>
/// A validated flowchart: who maintains it, which version and why it changed, where it starts, and its nodes.
/// Only <see cref="WorkflowReader"/> hands these out, so a definition in hand is always valid.
/// </summary>
public sealed class WorkflowDefinition
{
    private readonly Dictionary<string, WorkflowNode> byId;

    internal WorkflowDefinition(string key, string title, string owner, int version, string changeReason, string? description,
        string start, IReadOnlyList<WorkflowNode> nodes)
    {
        Key = key;
        Title = title;
        Owner = owner;
        Version = version;
        ChangeReason = changeReason;
        Description = description;
        Start = start;
        Nodes = nodes;
        byId = nodes.ToDictionary(n => n.Id, StringComparer.Ordinal);
    }

    public string Key { get; }
    public string Title { get; }
    /// <summary>User name of the person who maintains the process.</summary>
    public string Owner { get; }
    public int Version { get; }
    public string ChangeReason { get; }
    public string? Description { get; }
    public string Start { get; }
    public IReadOnlyList<WorkflowNode> Nodes { get; }

    public IEnumerable<WorkflowEdge> Edges => Nodes.SelectMany(n => n.Exits);

    public WorkflowNode Node(string id) =>
        byId.GetValueOrDefault(id) ?? throw new DomainException("nodeId", $"Workflow '{Key}' has no node '{id}'.");
}
