namespace Baton.Core.Workflows;

/// <summary>Something that moves a case along: the agent finishing a step, a wait's time passing, an event arriving.</summary>
public abstract record WorkflowInput;

/// <summary>
/// The agent finished the current step. Answers are keyed by question id and given as text
/// (yes/no, 42.5, 2025-01-31, a choice option). Outcome names the button; it may be left out when the step has a single next.
/// Notes are added to the case text; Sentiment is the agent's tag; Fields update case fields.
/// </summary>
public sealed record StepCompleted(
    IReadOnlyDictionary<string, string> Answers,
    string? Outcome = null,
    string? Notes = null,
    SentimentTag? Sentiment = null,
    IReadOnlyDictionary<string, string>? Fields = null) : WorkflowInput;

/// <summary>The wait's instant has passed (sent by the timer dispatcher).</summary>
public sealed record WaitElapsed : WorkflowInput;

/// <summary>A named event the case may be waiting for, e.g. "finance.details_collected".</summary>
public sealed record EventReceived(string Name) : WorkflowInput;
