namespace Baton.Core.Workflows;

/// <summary>The workflow reached an End node; the case closes with this outcome.</summary>
public sealed record CaseEnded(string NodeId, string Outcome) : WorkflowEffect(NodeId)
{
    public override string Describe() => $"case ended {Outcome}";
}
