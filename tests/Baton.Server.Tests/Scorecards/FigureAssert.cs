using Baton.Core.Metrics;
using Baton.Server.Features.Scorecards;

namespace Baton.Server.Tests.Scorecards;

/// <summary>Compares the figures the database computed with the ones the reference metrics define, naming what differs.</summary>
internal static class FigureAssert
{
    public static void Equal(IEnumerable<FigureView> expected, IReadOnlyList<FigureView> actual, string scope, Period period)
    {
        foreach (var figure in expected)
        {
            var got = actual.Single(f => f.Key == figure.Key);
            var where = $"{figure.Key} for {scope} over {period.From:MM-dd}–{period.To:MM-dd}";
            Assert.True(figure.Denominator == got.Denominator, $"{where}: denominator {got.Denominator}, expected {figure.Denominator}");
            Assert.True(Math.Abs(figure.Numerator - got.Numerator) < 1e-6, $"{where}: numerator {got.Numerator}, expected {figure.Numerator}");
            Assert.True(Same(figure.Value, got.Value) && Same(figure.MedianMinutes, got.MedianMinutes) && Same(figure.P90Minutes, got.P90Minutes),
                $"{where}: {got} expected {figure}");
        }
    }

    public static FigureView Rate(string key, RateFigure f) => new(key, "", "rate", f.Numerator, f.Denominator, f.Value, null, null);

    private static bool Same(double? a, double? b) => (a, b) switch
    {
        (null, null) => true,
        ({ } x, { } y) => Math.Abs(x - y) < 1e-6,
        _ => false,
    };
}
