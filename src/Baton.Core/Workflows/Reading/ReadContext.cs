namespace Baton.Core.Workflows;

/// <summary>What reading one file gathers beyond the nodes: problems, question ids, and where answers are referred to.</summary>
internal sealed class ReadContext(ProblemList problems)
{
    public ProblemList Problems { get; } = problems;
    public Dictionary<string, SourcePosition> QuestionIds { get; } = new(StringComparer.Ordinal);
    public List<(string QuestionId, SourcePosition Position)> AnswerReferences { get; } = [];

    public void DefineQuestion(string id, SourcePosition at)
    {
        if (QuestionIds.TryGetValue(id, out var first))
        {
            Problems.Add(at, ProblemCodes.DuplicateQuestionId,
                $"Question id '{id}' is already used at line {first.Line}; answers are kept per question id, so ids must be unique in the workflow.");
            return;
        }
        QuestionIds[id] = at;
    }

    /// <summary>Only {{answers.id}} and {{fields.name}} are allowed; answers must name a question somewhere in the workflow.</summary>
    public void CheckTemplate(YamlMap map, string key, string? template)
    {
        if (template is null)
        {
            return;
        }
        foreach (var placeholder in Template.PlaceholdersIn(template))
        {
            if (placeholder.StartsWith("answers.", StringComparison.Ordinal) && placeholder.Length > "answers.".Length)
            {
                AnswerReferences.Add((placeholder["answers.".Length..], map.ValuePosition(key)));
            }
            else if (!placeholder.StartsWith("fields.", StringComparison.Ordinal) || placeholder.Length == "fields.".Length)
            {
                map.Invalid(key, $"{map.Subject}: placeholder '{{{{{placeholder}}}}}' in '{key}' must be {{{{answers.<question id>}}}} or {{{{fields.<field name>}}}}.");
            }
        }
    }
}
