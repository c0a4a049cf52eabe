using DiffPlex;
using DiffPlex.Renderer;

namespace Baton.Server.Features.Workflows;

/// <summary>A line-based unified diff (the <c>diff -u</c> format reviewers know), by DiffPlex.</summary>
public static class UnifiedDiff
{
    public static string Create(string oldText, string newText, string oldName, string newName, int context = 3) =>
        new UnidiffRenderer(Differ.Instance, context).Generate(Normalize(oldText), Normalize(newText), oldName, newName, false, false);

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}
