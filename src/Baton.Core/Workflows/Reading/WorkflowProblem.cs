using System.Globalization;

namespace Baton.Core.Workflows;

/// <summary>One thing wrong with a definition file, where it is (1-based) and a plain message. Codes are listed in <see cref="ProblemCodes"/>.</summary>
public sealed record WorkflowProblem(int Line, int Column, string Code, string Message)
{
    /// <summary>The compiler-style line editors and CI understand: <c>file:line:column: message</c>.</summary>
    public string Format(string? fileName) =>
        string.Create(CultureInfo.InvariantCulture, $"{fileName ?? "workflow"}:{Line}:{Column}: {Message}");
}
