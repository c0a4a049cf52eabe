using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>Reads one entry of <c>nodes:</c>: the common fields, then the fields of its kind.</summary>
internal static class NodeReader
{
    private delegate NodeReadResult KindReader(NodeHeader header, YamlMap map, ReadContext context);

    private static readonly Dictionary<string, (NodeKind Kind, string[] Fields, KindReader Read)> Kinds = new(StringComparer.Ordinal)
    {
        ["Step"] = (NodeKind.Step, StepNodeReader.Fields, StepNodeReader.Read),
        ["Decision"] = (NodeKind.Decision, DecisionNodeReader.Fields, DecisionNodeReader.Read),
        ["Handoff"] = (NodeKind.Handoff, HandoffNodeReader.Fields, HandoffNodeReader.Read),
        ["Callback"] = (NodeKind.Callback, CallbackNodeReader.Fields, CallbackNodeReader.Read),
        ["Action"] = (NodeKind.Action, ActionNodeReader.Fields, ActionNodeReader.Read),
        ["Wait"] = (NodeKind.Wait, WaitNodeReader.Fields, WaitNodeReader.Read),
        ["End"] = (NodeKind.End, EndNodeReader.Fields, EndNodeReader.Read),
    };

    public static (NodeSketch? Sketch, WorkflowNode? Node) Read(YamlMappingNode mapping, ReadContext context)
    {
        var problemsBefore = context.Problems.Count;
        var common = new YamlMap(mapping, context.Problems, "A node", null);
        var id = common.Text("id", required: true);
        if (id is not null && !Identifiers.IsValid(id))
        {
            common.Invalid("id", $"Node id '{id}' {Identifiers.Rule}");
        }
        var kindName = common.Text("kind", required: true);
        var position = common.ValuePosition("id");
        if (kindName is null || !Kinds.TryGetValue(kindName, out var kind))
        {
            if (kindName is not null)
            {
                context.Problems.Add(common.ValuePosition("kind"), ProblemCodes.UnknownKind,
                    $"Node kind '{kindName}' is unknown; use one of: {string.Join(", ", Kinds.Keys)}.");
            }
            return (id is null ? null : new NodeSketch(id, position, null, ExitReader.Guess(mapping, id)), null);
        }
        var header = new NodeHeader(id ?? "?", "", position);
        var map = new YamlMap(mapping, context.Problems, id is null ? "A node" : header.Subject, kind.Fields);
        header = header with { Title = map.Text("title", required: true) ?? "" };
        var result = kind.Read(header, map, context);
        if (result.Node is null && context.Problems.Count == problemsBefore)
        {
            // Backstop: a node that could not be built must never be silently left out of a "valid" definition.
            context.Problems.Add(position, ProblemCodes.InvalidValue, $"{header.Subject} could not be read.");
        }
        var node = context.Problems.Count == problemsBefore ? result.Node : null;
        return (id is null ? null : new NodeSketch(id, position, kind.Kind, result.Exits), node);
    }
}
