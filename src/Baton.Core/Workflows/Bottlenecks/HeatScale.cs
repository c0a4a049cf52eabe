namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>
/// Five shades from pale to deep orange for heat 0 to 1 in equal steps, and grey for a node without a finished pass.
/// Dark text stays readable on every shade; the legend names each step in words.
/// </summary>
public static class HeatScale
{
    public static readonly IReadOnlyList<string> Shades = ["#fff7ec", "#fee8c8", "#fdd49e", "#fdae6b", "#f4874b"];

    public const string NoData = "#eceff1";

    /// <summary>The step a heat falls in: 0 for [0, 0.2), … 4 for [0.8, 1].</summary>
    public static int StepOf(double heat) => Math.Clamp((int)Math.Floor(heat * Shades.Count), 0, Shades.Count - 1);

    public static string ColorOf(double? heat) => heat is { } h ? Shades[StepOf(h)] : NoData;

    /// <summary>What a step means, in words: where a node's p90 lies against the slowest node's p90.</summary>
    public static string Describe(int step) => step switch
    {
        0 => $"p90 below {Percent(1)} % of the slowest",
        _ when step >= Shades.Count - 1 => $"p90 {Percent(Shades.Count - 1)} % of the slowest or more",
        _ => $"p90 {Percent(step)}–{Percent(step + 1)} % of the slowest",
    };

    private static int Percent(int step) => step * 100 / Shades.Count;
}
