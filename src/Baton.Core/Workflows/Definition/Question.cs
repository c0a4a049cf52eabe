namespace Baton.Core.Workflows;

/// <summary>Something the agent asks and records during a step. Options are only used by Choice questions.</summary>
public sealed record Question(string Id, string Text, AnswerType Type, bool Required, IReadOnlyList<string> Options, SourcePosition Position);
