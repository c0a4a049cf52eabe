namespace Baton.Core;

/// <summary>The actor may not make this change (not the owner nor their lead); the API answers 403.</summary>
public sealed class NotPermittedException(string field, string message) : DomainException(field, message);
