using System.Globalization;

namespace Baton.Core.Workflows;

/// <summary>
/// Stops the case for a duration, until the instant in a case field, or until a named event. A wait whose
/// instant has already passed goes straight on.
/// </summary>
public sealed class WaitNode : WorkflowNode
{
    private readonly IReadOnlyList<WorkflowEdge> exits;

    public WaitNode(string id, string title, SourcePosition position, TimeSpan? duration, string? untilField, string? eventName,
        string? next, SourcePosition nextPosition)
        : base(id, title, position)
    {
        if (new object?[] { duration, untilField, eventName }.Count(x => x is not null) != 1)
        {
            throw new DomainException("wait", $"Wait '{id}' needs exactly one of duration, untilField or event.");
        }
        Duration = duration;
        UntilField = untilField;
        EventName = eventName;
        exits = SingleExit(next, nextPosition);
    }

    public override NodeKind Kind => NodeKind.Wait;
    public TimeSpan? Duration { get; }
    public string? UntilField { get; }
    public string? EventName { get; }
    public override IReadOnlyList<WorkflowEdge> Exits => exits;

    public override NodeExecution Execute(NodeContext context) => context.Input switch
    {
        null => Begin(context),
        WaitElapsed when context.State.WaitUntil is { } until && until <= context.Now => NodeExecution.Continue(NodeOutcomes.Next),
        WaitElapsed when context.State.WaitUntil is { } until =>
            throw new DomainException("input", $"Wait '{Id}' lasts until {Instants.Format(until)}; it is only {Instants.Format(context.Now)}."),
        EventReceived received when EventName is not null && string.Equals(received.Name, EventName, StringComparison.Ordinal) =>
            NodeExecution.Continue(NodeOutcomes.Next),
        _ => throw new DomainException("input", $"Wait '{Id}' waits for {Awaited()}, not for {Describe(context.Input)}."),
    };

    private NodeExecution Begin(NodeContext context)
    {
        if (EventName is not null)
        {
            return NodeExecution.Suspend(new ScheduleWait(Id, null, EventName));
        }
        var until = Duration is { } duration ? context.Now + duration : InstantFromField(context);
        return until <= context.Now
            ? NodeExecution.Continue(NodeOutcomes.Next)
            : NodeExecution.Suspend(new ScheduleWait(Id, until, null));
    }

    private DateTime InstantFromField(NodeContext context)
    {
        var text = context.State.Fields.GetValueOrDefault(UntilField!);
        if (text is null || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            throw new DomainException($"fields.{UntilField}", $"Wait '{Id}' needs case field '{UntilField}' to hold an instant such as 2025-01-31T14:00:00Z.");
        }
        return Instants.Normalize(instant.UtcDateTime);
    }

    private string Awaited() => EventName is not null ? $"event '{EventName}'" : "its time to pass";

    private static string Describe(WorkflowInput? input) => input switch
    {
        EventReceived e => $"event '{e.Name}'",
        WaitElapsed => "elapsed time",
        _ => "the agent's answers",
    };
}
