using System.Text.Json;
using System.Text.RegularExpressions;

namespace Baton.Core.Workflows;

/// <summary>
/// Text with {{answers.id}} and {{fields.name}} placeholders. Nothing else is evaluated: templates are data.
/// A placeholder without a value renders empty.
/// </summary>
public static partial class Template
{
    public static string Render(string template, ConditionFacts facts, bool jsonEscape = false) =>
        Placeholder().Replace(template, match =>
        {
            var source = match.Groups["source"].Value == "answers" ? facts.Answers : facts.Fields;
            var value = source.GetValueOrDefault(match.Groups["name"].Value) ?? "";
            return jsonEscape ? JsonEncodedText.Encode(value).ToString() : value;
        });

    /// <summary>Every {{...}} in the text, with its inside trimmed; the validator checks each names answers.x or fields.x.</summary>
    public static IEnumerable<string> PlaceholdersIn(string template) =>
        AnyPlaceholder().Matches(template).Select(m => m.Groups["inside"].Value.Trim());

    [GeneratedRegex(@"\{\{\s*(?<source>answers|fields)\.(?<name>[A-Za-z0-9_.\-]+)\s*\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\{\{(?<inside>.*?)\}\}")]
    private static partial Regex AnyPlaceholder();
}
