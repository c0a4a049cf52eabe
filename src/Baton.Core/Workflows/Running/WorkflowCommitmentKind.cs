namespace Baton.Core.Workflows;

/// <summary>The commitment kinds a workflow can create by itself.</summary>
public enum WorkflowCommitmentKind
{
    Handoff = 1,
    Callback = 2,
}
