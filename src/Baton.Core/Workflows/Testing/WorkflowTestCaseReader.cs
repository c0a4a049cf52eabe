using YamlDotNet.RepresentationModel;

namespace Baton.Core.Workflows;

/// <summary>
/// Reads <c>&lt;key&gt;.tests.yaml</c>: a list of cases, each with name, context (fields, text, sentiment), steps
/// (at, answers, outcome, notes, sentiment, fields | event | elapse) and expect (path, outcome, status, effects).
/// </summary>
public static class WorkflowTestCaseReader
{
    private static readonly string[] CaseFields = ["name", "context", "steps", "expect"];
    private static readonly string[] ContextFields = ["fields", "text", "sentiment"];
    private static readonly string[] StepFields = ["at", "answers", "outcome", "notes", "sentiment", "fields", "event", "elapse"];
    private static readonly string[] ExpectFields = ["path", "outcome", "status", "effects"];

    public static WorkflowTestCaseReadResult Read(string yaml, string? fileName = null)
    {
        var problems = new ProblemList();
        var cases = new List<WorkflowTestCase>();
        if (YamlText.Load(yaml, problems) is not { } stream)
        {
            return new WorkflowTestCaseReadResult(cases, problems.InFileOrder(), fileName);
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlSequenceNode list)
        {
            problems.Add(new SourcePosition(1, 1), ProblemCodes.InvalidValue, "A test-cases file is a list of cases.");
            return new WorkflowTestCaseReadResult(cases, problems.InFileOrder(), fileName);
        }
        foreach (var item in list.Children)
        {
            if (item is YamlMappingNode mapping && ReadCase(new YamlMap(mapping, problems, "A test case", CaseFields)) is { } testCase)
            {
                cases.Add(testCase);
            }
            else if (item is not YamlMappingNode)
            {
                problems.Add(YamlMap.At(item), ProblemCodes.InvalidValue, "Each test case must be a mapping with name, steps and expect.");
            }
        }
        return new WorkflowTestCaseReadResult(cases, problems.InFileOrder(), fileName);
    }

    private static WorkflowTestCase? ReadCase(YamlMap map)
    {
        var name = map.Text("name", required: true);
        map.Subject = name is null ? "A test case" : $"Test case '{name}'";
        var context = map.Map("context", required: false, $"{map.Subject} context", ContextFields) is { } contextMap
            ? new WorkflowCaseContext(TextMap(contextMap, "fields") ?? new Dictionary<string, string>(), contextMap.Text("text", false), Sentiment(contextMap))
            : WorkflowCaseContext.Empty;
        var steps = (map.Mappings("steps", required: false) ?? [])
            .Select(s => ReadStep(new YamlMap(s, map.Problems, $"A step of {map.Subject}", StepFields)))
            .ToList();
        var expect = map.Map("expect", required: true, $"{map.Subject} expect", ExpectFields);
        if (expect is null)
        {
            return null;
        }
        var path = expect.TextList("path", required: true)?.Select(p => p.Value).ToList();
        var statusName = expect.Text("status", required: false);
        WorkflowStatus? status = null;
        if (statusName is not null)
        {
            if (Enum.TryParse<WorkflowStatus>(statusName, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed))
            {
                status = parsed;
            }
            else
            {
                expect.Invalid("status", $"{expect.Subject}: status must be Running, Waiting or Completed, not '{statusName}'.");
            }
        }
        var effects = expect.TextList("effects", required: false)?.Select(e => e.Value).ToList();
        return name is null || path is null || steps.Any(s => s is null)
            ? null
            : new WorkflowTestCase(name, context, steps!, path, expect.Text("outcome", false), status, effects, map.Position);
    }

    private static WorkflowTestStep? ReadStep(YamlMap map)
    {
        var at = map.Text("at", required: false);
        var kinds = new[] { map.Has("event"), map.Has("elapse"), new[] { "answers", "outcome", "notes", "sentiment", "fields" }.Any(map.Has) };
        if (kinds.Count(k => k) > 1)
        {
            map.Problems.Add(map.Position, ProblemCodes.InvalidValue, $"{map.Subject} mixes event, elapse and step answers; use one per step.");
            return null;
        }
        if (map.Text("event", required: false) is { } eventName)
        {
            return new WorkflowTestStep(at, new EventReceived(eventName), null, map.Position);
        }
        if (map.Has("elapse"))
        {
            return map.Duration("elapse", required: true) is { } elapse ? new WorkflowTestStep(at, null, elapse, map.Position) : null;
        }
        var input = new StepCompleted(
            TextMap(map, "answers") ?? new Dictionary<string, string>(),
            map.Text("outcome", required: false),
            map.Text("notes", required: false),
            Sentiment(map),
            TextMap(map, "fields"));
        return new WorkflowTestStep(at, input, null, map.Position);
    }

    private static SentimentTag? Sentiment(YamlMap map)
    {
        var name = map.Text("sentiment", required: false);
        if (name is null)
        {
            return null;
        }
        if (SentimentTags.TryParse(name, out var tag))
        {
            return tag;
        }
        map.Invalid("sentiment", $"Sentiment '{name}' is unknown; use one of: {string.Join(", ", SentimentTags.Names)}.");
        return null;
    }

    private static Dictionary<string, string>? TextMap(YamlMap map, string key)
    {
        if (map.Map(key, required: false, $"{map.Subject}: {key}", null) is not { } values)
        {
            return null;
        }
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (entryKey, _) in values.Node.Children)
        {
            if (entryKey is YamlScalarNode { Value: { } name } && values.Text(name, required: false) is { } value)
            {
                result[name] = value;
            }
        }
        return result;
    }
}
