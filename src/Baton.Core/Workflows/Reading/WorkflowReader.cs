using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>
/// Reads a workflow definition from YAML and validates it, reporting every problem with its line and column.
/// The definition is returned only when there are no problems.
/// </summary>
public static partial class WorkflowReader
{
    private static readonly string[] RootFields = ["key", "title", "owner", "version", "changeReason", "description", "start", "nodes"];

    public static WorkflowReadResult Read(string yaml, string? fileName = null)
    {
        var problems = new ProblemList();
        var root = Parse(yaml, problems);
        if (root is null)
        {
            return new WorkflowReadResult(null, problems.InFileOrder(), fileName);
        }
        var context = new ReadContext(problems);
        var map = new YamlMap(root, problems, "The workflow", RootFields);
        var key = map.Text("key", required: true);
        if (key is not null && !Identifiers.IsValidKey(key))
        {
            map.Invalid("key", $"Workflow key '{key}' must be 2-100 lower-case letters, digits or '-', such as inbound-purchase.");
        }
        var title = map.Text("title", required: true);
        var owner = map.Text("owner", required: true);
        if (owner is not null && !UserName().IsMatch(owner))
        {
            map.Invalid("owner", $"Owner '{owner}' must be a user name: 2 to 64 lower-case letters, digits, '.', '-' or '_'.");
        }
        var version = map.Integer("version", required: true);
        if (version is < 1)
        {
            map.Invalid("version", "The workflow's version must be 1 or more.");
        }
        var changeReason = map.Text("changeReason", required: true);
        var description = map.Text("description", required: false);
        var start = map.Text("start", required: true);

        var sketches = new List<NodeSketch>();
        var nodes = new List<WorkflowNode>();
        foreach (var item in map.Mappings("nodes", required: true) ?? [])
        {
            var (sketch, node) = NodeReader.Read(item, context);
            if (sketch is not null)
            {
                sketches.Add(sketch);
            }
            if (node is not null)
            {
                nodes.Add(node);
            }
        }
        if (map.Get("nodes") is YamlSequenceNode { Children.Count: 0 })
        {
            map.Invalid("nodes", "The workflow has no nodes.");
        }
        WorkflowValidator.Check(sketches, start is null ? null : (start, map.ValuePosition("start")), context);

        var definition = problems.Count == 0
            ? new WorkflowDefinition(key!, title!, owner!, version!.Value, changeReason!, description, start!, nodes)
            : null;
        return new WorkflowReadResult(definition, problems.InFileOrder(), fileName);
    }

    private static YamlMappingNode? Parse(string yaml, ProblemList problems)
    {
        if (YamlText.Load(yaml, problems) is not { } stream)
        {
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            problems.Add(new SourcePosition(1, 1), ProblemCodes.MissingField, "The file is empty; a workflow needs key, title, owner, version, changeReason, start and nodes.");
            return null;
        }
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            problems.Add(YamlMap.At(stream.Documents[0].RootNode), ProblemCodes.InvalidValue, "A workflow file must be a mapping of fields (key, title, owner…).");
            return null;
        }
        return root;
    }

    [GeneratedRegex("^[a-z0-9._-]{2,64}$")]
    private static partial Regex UserName();
}
