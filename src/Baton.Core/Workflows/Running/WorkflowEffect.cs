namespace Baton.Core.Workflows;

/// <summary>Something the server must do because the workflow moved; the runner itself never does I/O.</summary>
public abstract record WorkflowEffect(string NodeId)
{
    /// <summary>A short reading without instants, used by workflow test cases and logs.</summary>
    public abstract string Describe();
}
