namespace Baton.Core.Workflows;

/// <summary>A button the agent presses to finish a step; its outcome picks the edge.</summary>
public sealed record StepButton(string Outcome, string Label, string To, SourcePosition Position);
