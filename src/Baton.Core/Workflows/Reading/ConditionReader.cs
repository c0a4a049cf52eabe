using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>
/// Reads a <c>when:</c> mapping. Exactly one subject — answer, field, keywords or sentiment — and, for answer
/// and field, exactly one comparison: equals, in, greaterThan or lessThan.
/// </summary>
internal static class ConditionReader
{
    private static readonly string[] Subjects = ["answer", "field", "keywords", "sentiment"];
    private static readonly Dictionary<string, ValueComparison> Comparisons = new(StringComparer.Ordinal)
    {
        ["equals"] = ValueComparison.EqualTo,
        ["in"] = ValueComparison.OneOf,
        ["greaterThan"] = ValueComparison.GreaterThan,
        ["lessThan"] = ValueComparison.LessThan,
    };
    private static readonly string[] Fields = [.. Subjects, .. Comparisons.Keys];
    private static readonly string[] SentimentFields = ["tag", "atLeast", "atMost"];

    public static WorkflowCondition? Read(YamlNode node, string subject, ReadContext context)
    {
        if (node is not YamlMappingNode mapping)
        {
            context.Problems.Add(YamlMap.At(node), ProblemCodes.InvalidValue,
                $"{subject}: 'when' must be a mapping such as {{ answer: wants_refund, equals: yes }}.");
            return null;
        }
        var map = new YamlMap(mapping, context.Problems, $"{subject} condition", Fields);
        var subjects = Subjects.Where(map.Has).ToList();
        if (subjects.Count != 1)
        {
            context.Problems.Add(map.Position, subjects.Count == 0 ? ProblemCodes.MissingField : ProblemCodes.InvalidValue,
                $"{map.Subject} needs exactly one of: {string.Join(", ", Subjects)}.");
            return null;
        }
        return subjects[0] switch
        {
            "answer" => ReadAnswer(map, context),
            "field" => ReadField(map),
            "keywords" => ReadKeywords(map),
            _ => ReadSentiment(map),
        };
    }

    private static AnswerCondition? ReadAnswer(YamlMap map, ReadContext context)
    {
        var questionId = map.Text("answer", required: true);
        if (questionId is not null)
        {
            context.AnswerReferences.Add((questionId, map.ValuePosition("answer")));
        }
        var comparison = ReadComparison(map);
        return questionId is null || comparison is null
            ? null
            : new AnswerCondition(questionId, comparison.Value.Comparison, comparison.Value.Values, map.Position);
    }

    private static FieldCondition? ReadField(YamlMap map)
    {
        var field = map.Text("field", required: true);
        var comparison = ReadComparison(map);
        return field is null || comparison is null
            ? null
            : new FieldCondition(field, comparison.Value.Comparison, comparison.Value.Values, map.Position);
    }

    private static (ValueComparison Comparison, IReadOnlyList<string> Values)? ReadComparison(YamlMap map)
    {
        var given = Comparisons.Keys.Where(map.Has).ToList();
        if (given.Count != 1)
        {
            map.Problems.Add(map.Position, given.Count == 0 ? ProblemCodes.MissingField : ProblemCodes.InvalidValue,
                $"{map.Subject} needs exactly one comparison: {string.Join(", ", Comparisons.Keys)}.");
            return null;
        }
        var key = given[0];
        var comparison = Comparisons[key];
        var values = comparison == ValueComparison.OneOf
            ? map.TextList(key, required: true)?.Select(v => v.Value).ToList()
            : map.Text(key, required: true) is { } single ? [single] : null;
        return values is null ? null : (comparison, values);
    }

    private static KeywordCondition? ReadKeywords(YamlMap map)
    {
        RejectComparisons(map, "keywords");
        var keywords = map.TextList("keywords", required: true);
        return keywords is null ? null : new KeywordCondition(keywords.Select(k => k.Value.ToLowerInvariant()).ToList(), map.Position);
    }

    private static SentimentCondition? ReadSentiment(YamlMap map)
    {
        RejectComparisons(map, "sentiment");
        var sentiment = map.Map("sentiment", required: true, "A sentiment condition", SentimentFields);
        if (sentiment is null)
        {
            return null;
        }
        var tagName = sentiment.Text("tag", required: false);
        SentimentTag? tag = null;
        if (tagName is not null)
        {
            if (SentimentTags.TryParse(tagName, out var parsed))
            {
                tag = parsed;
            }
            else
            {
                sentiment.Invalid("tag", $"Sentiment tag '{tagName}' is unknown; use one of: {string.Join(", ", SentimentTags.Names)}.");
            }
        }
        var atLeast = sentiment.Number("atLeast", -1, 1);
        var atMost = sentiment.Number("atMost", -1, 1);
        if (!SentimentFields.Any(sentiment.Has))
        {
            sentiment.Problems.Add(sentiment.Position, ProblemCodes.MissingField,
                $"A sentiment condition needs tag, atLeast or atMost.");
            return null;
        }
        return tag is null && atLeast is null && atMost is null ? null : new SentimentCondition(tag, atLeast, atMost, map.Position);
    }

    private static void RejectComparisons(YamlMap map, string subject)
    {
        foreach (var key in Comparisons.Keys.Where(map.Has))
        {
            map.Problems.Add(map.KeyPosition(key), ProblemCodes.UnknownField,
                $"{map.Subject}: '{key}' does not apply to {subject}.");
        }
    }
}
