using System.Text.RegularExpressions;

namespace Baton.Core.Workflows;

/// <summary>Node, question and button ids: short, stable names that read well in paths and reports.</summary>
internal static partial class Identifiers
{
    public const string Rule = "must start with a letter and use only letters, digits, '_' or '-'.";

    public static bool IsValid(string id) => IdPattern().IsMatch(id);

    public static bool IsValidKey(string key) => KeyPattern().IsMatch(key);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,63}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,99}$")]
    private static partial Regex KeyPattern();
}
