namespace Baton.Core.Workflows;

/// <summary>What a node kind does when the case reaches it (Input null) or when input arrives while the case waits there.</summary>
public interface INodeBehavior
{
    /// <summary>Every outcome Execute can finish with; each has exactly one edge.</summary>
    IReadOnlyList<string> Outcomes { get; }

    NodeExecution Execute(NodeContext context);
}
