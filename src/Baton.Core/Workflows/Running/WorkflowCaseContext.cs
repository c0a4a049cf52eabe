namespace Baton.Core.Workflows;

/// <summary>What the case brings when its workflow starts: fields (customer.name, order.id…), notes/transcript text, the agent's sentiment tag.</summary>
public sealed record WorkflowCaseContext(IReadOnlyDictionary<string, string> Fields, string? Text = null, SentimentTag? Sentiment = null)
{
    public static readonly WorkflowCaseContext Empty = new(new Dictionary<string, string>());
}
