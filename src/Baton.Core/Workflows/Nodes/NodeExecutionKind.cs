namespace Baton.Core.Workflows;

public enum NodeExecutionKind
{
    /// <summary>Done: follow the edge for the outcome.</summary>
    Continue = 1,
    /// <summary>Stop until the agent completes the step.</summary>
    AwaitInput = 2,
    /// <summary>Stop until an instant passes or an event arrives.</summary>
    Suspend = 3,
    /// <summary>The workflow is over.</summary>
    Complete = 4,
}
