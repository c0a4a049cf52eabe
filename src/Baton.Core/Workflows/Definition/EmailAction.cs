namespace Baton.Core.Workflows;

/// <summary>An email from a template; subject and body may hold {{placeholders}}.</summary>
public sealed record EmailAction(string TemplateKey, EmailRecipient To, string Subject, string Body);
