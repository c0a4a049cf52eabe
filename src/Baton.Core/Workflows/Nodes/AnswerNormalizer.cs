using System.Globalization;

namespace Baton.Core.Workflows;

/// <summary>Checks a step's answers against its questions and stores them in one canonical spelling.</summary>
internal static class AnswerNormalizer
{
    public static Dictionary<string, string> Normalize(StepNode step, IReadOnlyDictionary<string, string> given)
    {
        foreach (var id in given.Keys)
        {
            if (!step.Questions.Any(q => q.Id == id))
            {
                throw new DomainException($"answers.{id}", $"Step '{step.Id}' has no question '{id}'.");
            }
        }
        var answers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var question in step.Questions)
        {
            var value = given.GetValueOrDefault(question.Id)?.Trim();
            if (string.IsNullOrEmpty(value))
            {
                if (question.Required)
                {
                    throw new DomainException($"answers.{question.Id}", $"Question '{question.Id}' needs an answer.");
                }
                continue;
            }
            answers[question.Id] = Canonical(question, value);
        }
        return answers;
    }

    private static string Canonical(Question question, string value) => question.Type switch
    {
        AnswerType.Text => value,
        AnswerType.YesNo => value.ToLowerInvariant() switch
        {
            "yes" or "true" or "y" => "yes",
            "no" or "false" or "n" => "no",
            _ => throw Wrong(question, "yes or no"),
        },
        AnswerType.Number => ValueMatcher.TryNumber(value, out var number)
            ? number.ToString(CultureInfo.InvariantCulture)
            : throw Wrong(question, "a number such as 42 or 19.99"),
        AnswerType.Choice => question.Options.FirstOrDefault(o => string.Equals(o, value, StringComparison.OrdinalIgnoreCase))
            ?? throw Wrong(question, $"one of: {string.Join(", ", question.Options)}"),
        AnswerType.Date => ValueMatcher.TryDate(value, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : throw Wrong(question, "a date written yyyy-MM-dd"),
        _ => value,
    };

    private static DomainException Wrong(Question question, string expected) =>
        new($"answers.{question.Id}", $"Question '{question.Id}' needs {expected}.");
}
