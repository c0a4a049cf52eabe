namespace Baton.Core.Workflows;

/// <summary>POST the payload to the URL; placeholders in the payload were filled JSON-escaped.</summary>
public sealed record CallWebhook(string NodeId, string Url, string Payload) : WorkflowEffect(NodeId)
{
    public override string Describe() => $"webhook {Url}";
}
