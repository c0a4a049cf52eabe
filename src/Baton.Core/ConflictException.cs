namespace Baton.Core;

/// <summary>The change is valid in itself but collides with the current state (already accepted, already closed…): HTTP 409.</summary>
public sealed class ConflictException(string field, string message) : DomainException(field, message);
