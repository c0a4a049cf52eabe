namespace Baton.Core.Workflows;

/// <summary>What a node sees when it runs. Input is null when the case has just arrived at the node.</summary>
public sealed class NodeContext(WorkflowDefinition definition, WorkflowState state, WorkflowInput? input, DateTime now)
{
    private ConditionFacts? facts;

    public WorkflowDefinition Definition { get; } = definition;
    public WorkflowState State { get; } = state;
    public WorkflowInput? Input { get; } = input;
    public DateTime Now { get; } = now;
    public ConditionFacts Facts => facts ??= State.Facts();
}
