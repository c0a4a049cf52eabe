using System.Globalization;

namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>Durations short enough for a chart label: 45s, 12m, 1.5h, 2.3d, rounded half up in the unit shown.</summary>
public static class DurationText
{
    public static string Compact(TimeSpan duration)
    {
        var seconds = Math.Max(0, duration.TotalSeconds);
        if (Round(seconds, 0) < 60)
        {
            return Text(Round(seconds, 0), "s");
        }
        if (Round(seconds / 60, 0) < 60)
        {
            return Text(Round(seconds / 60, 0), "m");
        }
        return Round(seconds / 3600, 1) < 24 ? Text(Round(seconds / 3600, 1), "h") : Text(Round(seconds / 86400, 1), "d");
    }

    public static string Compact(TimeSpan? duration) => duration is { } d ? Compact(d) : "—";

    private static double Round(double value, int digits) => Math.Round(value, digits, MidpointRounding.AwayFromZero);

    private static string Text(double value, string unit) => value.ToString("0.#", CultureInfo.InvariantCulture) + unit;
}
