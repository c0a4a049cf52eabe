namespace Baton.Core.Workflows;

/// <summary>Send an email from a template; subject and body already have their placeholders filled.</summary>
public sealed record SendEmail(string NodeId, string TemplateKey, EmailRecipient To, string Subject, string Body) : WorkflowEffect(NodeId)
{
    public override string Describe() => $"email {TemplateKey} to {EmailRecipients.Name(To)}";
}
