using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>Reads a step question: id, text, type (text, yesno, number, choice, date), required, options.</summary>
internal static class QuestionReader
{
    private static readonly string[] Fields = ["id", "text", "type", "required", "options"];

    private static readonly Dictionary<string, AnswerType> Types = new(StringComparer.Ordinal)
    {
        ["text"] = AnswerType.Text,
        ["yesno"] = AnswerType.YesNo,
        ["number"] = AnswerType.Number,
        ["choice"] = AnswerType.Choice,
        ["date"] = AnswerType.Date,
    };

    public static Question? Read(YamlMappingNode node, NodeHeader step, ReadContext context)
    {
        var map = new YamlMap(node, context.Problems, $"A question of node '{step.Id}'", Fields);
        var id = map.Text("id", required: true);
        if (id is not null)
        {
            map.Subject = $"Question '{id}'";
            if (!Identifiers.IsValid(id))
            {
                map.Invalid("id", $"Question id '{id}' {Identifiers.Rule}");
            }
            context.DefineQuestion(id, map.ValuePosition("id"));
        }
        var text = map.Text("text", required: true);
        var typeName = map.Text("type", required: false) ?? "text";
        if (!Types.TryGetValue(typeName, out var type))
        {
            map.Invalid("type", $"{map.Subject}: type '{typeName}' is unknown; use one of: {string.Join(", ", Types.Keys)}.");
        }
        var required = map.Boolean("required") ?? true;
        var options = map.TextList("options", required: type == AnswerType.Choice);
        if (options is not null && type != AnswerType.Choice && Types.ContainsKey(typeName))
        {
            map.Invalid("options", $"{map.Subject}: options only apply to choice questions.");
        }
        return id is null || text is null
            ? null
            : new Question(id, text, type, required, options?.Select(o => o.Value).ToList() ?? [], YamlMap.At(node));
    }
}
