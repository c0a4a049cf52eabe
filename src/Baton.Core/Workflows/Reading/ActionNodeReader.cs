namespace Baton.Core.Workflows;

/// <summary>Action: exactly one of <c>email</c> (template, to, subject, body) or <c>webhook</c> (url, payload); then next.</summary>
internal static class ActionNodeReader
{
    public static readonly string[] Fields = NodeHeader.With("email", "webhook", "next");
    private static readonly string[] EmailFields = ["template", "to", "subject", "body"];
    private static readonly string[] WebhookFields = ["url", "payload"];

    public static NodeReadResult Read(NodeHeader header, YamlMap map, ReadContext context)
    {
        if (map.Has("email") == map.Has("webhook"))
        {
            context.Problems.Add(header.Position, map.Has("email") ? ProblemCodes.InvalidValue : ProblemCodes.MissingField,
                $"{header.Subject} needs exactly one of 'email' or 'webhook'.");
        }
        var email = map.Map("email", required: false, $"The email of node '{header.Id}'", EmailFields) is { } emailMap
            ? ReadEmail(emailMap, context)
            : null;
        var webhook = map.Map("webhook", required: false, $"The webhook of node '{header.Id}'", WebhookFields) is { } webhookMap
            ? ReadWebhook(webhookMap, context)
            : null;
        var next = ExitReader.Next(map, header.Id);
        var node = (email is null) == (webhook is null)
            ? null
            : new ActionNode(header.Id, header.Title, header.Position, email, webhook, next?.To, next?.Position ?? default);
        return new NodeReadResult(node, ExitReader.Only(next));
    }

    private static EmailAction? ReadEmail(YamlMap map, ReadContext context)
    {
        var template = map.Text("template", required: true);
        var toName = map.Text("to", required: true);
        EmailRecipient? to = null;
        if (toName is not null)
        {
            if (EmailRecipients.TryParse(toName, out var recipient))
            {
                to = recipient;
            }
            else
            {
                map.Invalid("to", $"{map.Subject}: recipient '{toName}' is unknown; use one of: {string.Join(", ", EmailRecipients.Names)}.");
            }
        }
        var subject = map.Text("subject", required: false) ?? "";
        var body = map.Text("body", required: false) ?? "";
        context.CheckTemplate(map, "subject", subject);
        context.CheckTemplate(map, "body", body);
        return template is null || to is null ? null : new EmailAction(template, to.Value, subject, body);
    }

    private static WebhookAction? ReadWebhook(YamlMap map, ReadContext context)
    {
        var url = map.Text("url", required: true);
        if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            map.Invalid("url", $"{map.Subject}: url '{url}' must be an absolute http or https address.");
            url = null;
        }
        var payload = map.Text("payload", required: false) ?? "";
        context.CheckTemplate(map, "payload", payload);
        return url is null ? null : new WebhookAction(url, payload);
    }
}
