namespace Baton.Core.Workflows;

/// <summary>Does one automatic thing — sends an email or calls a webhook — and moves on.</summary>
public sealed class ActionNode : WorkflowNode
{
    private readonly IReadOnlyList<WorkflowEdge> exits;

    public ActionNode(string id, string title, SourcePosition position, EmailAction? email, WebhookAction? webhook,
        string? next, SourcePosition nextPosition)
        : base(id, title, position)
    {
        if ((email is null) == (webhook is null))
        {
            throw new DomainException("action", $"Action '{id}' needs exactly one of email or webhook.");
        }
        Email = email;
        Webhook = webhook;
        exits = SingleExit(next, nextPosition);
    }

    public override NodeKind Kind => NodeKind.Action;
    public EmailAction? Email { get; }
    public WebhookAction? Webhook { get; }
    public override IReadOnlyList<WorkflowEdge> Exits => exits;

    public override NodeExecution Execute(NodeContext context)
    {
        var facts = context.Facts;
        WorkflowEffect effect = Email is { } email
            ? new SendEmail(Id, email.TemplateKey, email.To, Template.Render(email.Subject, facts), Template.Render(email.Body, facts))
            : new CallWebhook(Id, Webhook!.Url, Template.Render(Webhook.Payload, facts, jsonEscape: true));
        return NodeExecution.Continue(NodeOutcomes.Next, effect);
    }
}
