using System.Text;
using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>Which nodes one version of a workflow adds, removes and changes compared with another.</summary>
public sealed record WorkflowNodeChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Removed, IReadOnlyList<string> Changed)
{
    /// <summary>Nodes drawn as changed on the newer chart: added or changed.</summary>
    public IReadOnlySet<string> ChangedOrAdded => Added.Concat(Changed).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// Compares two workflow texts node by node. Each node's YAML mapping is reduced to a canonical form (keys sorted,
/// flow and block styles alike, comments and layout ignored), so only a change of meaning counts as a change.
/// </summary>
public static class WorkflowComparison
{
    public static WorkflowNodeChanges Compare(string fromYaml, string toYaml)
    {
        var from = CanonicalNodes(fromYaml);
        var to = CanonicalNodes(toYaml);
        var added = to.Keys.Where(id => !from.ContainsKey(id)).ToList();
        var removed = from.Keys.Where(id => !to.ContainsKey(id)).ToList();
        var changed = to.Keys.Where(id => from.TryGetValue(id, out var before) && before != to[id]).ToList();
        return new WorkflowNodeChanges(added, removed, changed);
    }

    /// <summary>Node id → canonical text, in file order. Text that is not a readable workflow gives no nodes.</summary>
    public static IReadOnlyDictionary<string, string> CanonicalNodes(string yaml)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return result;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("nodes"), out var nodes) || nodes is not YamlSequenceNode list)
        {
            return result;
        }
        foreach (var item in list.Children.OfType<YamlMappingNode>())
        {
            if (item.Children.TryGetValue(new YamlScalarNode("id"), out var id) && id is YamlScalarNode { Value: { Length: > 0 } nodeId })
            {
                var text = new StringBuilder();
                Canonical(item, text);
                result.TryAdd(nodeId, text.ToString());
            }
        }
        return result;
    }

    private static void Canonical(YamlNode node, StringBuilder text)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                text.Append('"').Append((scalar.Value ?? "").Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case YamlSequenceNode sequence:
                text.Append('[');
                foreach (var child in sequence.Children)
                {
                    Canonical(child, text);
                    text.Append(',');
                }
                text.Append(']');
                break;
            case YamlMappingNode mapping:
                text.Append('{');
                foreach (var (key, value) in mapping.Children.OrderBy(p => (p.Key as YamlScalarNode)?.Value ?? "", StringComparer.Ordinal))
                {
                    Canonical(key, text);
                    text.Append(':');
                    Canonical(value, text);
                    text.Append(',');
                }
                text.Append('}');
                break;
        }
    }
}
