using Baton.Core.Metrics;

namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>
/// One case at a node, for drill-down: its time in the node over every pass that counts in the period (finished passes
/// whole, a pass still open so far), how many passes, whether it is still waiting there, and when it last entered.
/// </summary>
public sealed record SlowCase(Guid CaseId, TimeSpan TimeInNode, int Passes, bool Waiting, DateTime LastEnteredAt);

/// <summary>The slowest cases at a node: most time in the node first, ties by case id, so the order is always the same.</summary>
public static class SlowCases
{
    public const int DefaultTake = 20;
    public const int MaxTake = 200;

    public static IReadOnlyList<SlowCase> At(string nodeId, IEnumerable<VisitFact> visits, Period period, int? version, DateTime now, int take)
    {
        if (take is < 1 or > MaxTake)
        {
            throw new DomainException("slowest", $"Ask for 1 to {MaxTake} cases.");
        }
        var window = BottleneckWindow.Of(period, now);
        return visits
            .Where(v => string.Equals(v.NodeId, nodeId, StringComparison.Ordinal) && (version is not { } wanted || v.WorkflowVersion == wanted))
            .Select(v => (Visit: v, Standing: window.StandingOf(v)))
            .Where(x => x.Standing != VisitStanding.Outside)
            .GroupBy(x => x.Visit.CaseId)
            .Select(g => new SlowCase(
                g.Key,
                g.Aggregate(TimeSpan.Zero, (sum, x) => sum + window.TimeIn(x.Visit, x.Standing)),
                g.Count(),
                g.Any(x => x.Standing == VisitStanding.Waiting),
                g.Max(x => x.Visit.EnteredAt)))
            .OrderByDescending(c => c.TimeInNode)
            .ThenBy(c => c.CaseId)
            .Take(take)
            .ToList();
    }
}
