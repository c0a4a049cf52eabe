namespace Baton.Core.Workflows;

/// <summary>Wake the case at <see cref="Until"/> (a timer row) or when the named event arrives.</summary>
public sealed record ScheduleWait(string NodeId, DateTime? Until, string? EventName) : WorkflowEffect(NodeId)
{
    public override string Describe() => Until is { } until ? $"wait until {Instants.Format(until)}" : $"wait for event {EventName}";
}
