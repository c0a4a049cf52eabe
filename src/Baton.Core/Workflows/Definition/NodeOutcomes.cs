namespace Baton.Core.Workflows;

/// <summary>Outcome names shared by node kinds.</summary>
public static class NodeOutcomes
{
    /// <summary>The single way out of nodes that do their work and move on.</summary>
    public const string Next = "next";

    /// <summary>The decision branch taken when no condition holds.</summary>
    public const string Default = "default";

    /// <summary>Decision branches are numbered from 1 in the order written, so a path reads "branch-2".</summary>
    public static string Branch(int number) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"branch-{number}");
}
