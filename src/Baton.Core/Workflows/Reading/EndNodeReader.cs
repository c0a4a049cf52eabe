namespace Baton.Core.Workflows;

/// <summary>End: an outcome from <see cref="EndOutcomes.Known"/>. An End has no way out, so no next.</summary>
internal static class EndNodeReader
{
    public static readonly string[] Fields = NodeHeader.With("outcome");

    public static NodeReadResult Read(NodeHeader header, YamlMap map, ReadContext context)
    {
        var outcome = map.Text("outcome", required: true);
        if (outcome is not null && !EndOutcomes.IsKnown(outcome))
        {
            map.Invalid("outcome", $"{header.Subject}: outcome '{outcome}' is unknown; use one of: {string.Join(", ", EndOutcomes.Known)}.");
            outcome = null;
        }
        return new NodeReadResult(outcome is null ? null : new EndNode(header.Id, header.Title, header.Position, outcome), []);
    }
}
