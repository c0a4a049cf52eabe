namespace Baton.Core.Workflows;

/// <summary>A declarative test on the case's facts. Conditions are data, never code or expressions.</summary>
public abstract record WorkflowCondition(SourcePosition Position)
{
    public abstract bool IsMetBy(ConditionFacts facts);

    /// <summary>A plain reading of the condition, used as an edge label and to spot identical branches.</summary>
    public abstract string Describe();
}
