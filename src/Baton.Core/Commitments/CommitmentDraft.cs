namespace Baton.Core.Commitments;

/// <summary>The input of a new promise; the owner, actor and clock are passed beside it.</summary>
public sealed record CommitmentDraft(Guid Id, CommitmentKind Kind, Promisee Promisee, DateTime Due, string What);
