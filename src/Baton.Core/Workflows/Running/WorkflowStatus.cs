namespace Baton.Core.Workflows;

public enum WorkflowStatus
{
    /// <summary>At a Step, waiting for the agent's answers and button.</summary>
    Running = 1,
    /// <summary>At a Wait node, until an instant passes or an event arrives.</summary>
    Waiting = 2,
    /// <summary>Reached an End node.</summary>
    Completed = 3,
}
