namespace Baton.Core.Workflows;

/// <summary>A webhook call; the payload may hold {{placeholders}}, filled JSON-escaped.</summary>
public sealed record WebhookAction(string Url, string Payload);
