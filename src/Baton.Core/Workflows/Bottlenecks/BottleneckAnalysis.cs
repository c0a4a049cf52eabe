using Baton.Core.Metrics;

namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>
/// Computes a workflow's bottleneck report from its node visits: pure and deterministic. Percentiles are those of
/// <see cref="DurationFigure"/> (the median of an even count is the mean of the two middle values; P90 is nearest-rank).
/// A visit belongs to the version the case ran when it entered the node, so a migrated case's earlier visits count for
/// the version whose node ids they name. A case ends at the node of its last visit, made when it closed; a transfer
/// counts for the node the case stood at (entered at or before the transfer, not yet left).
/// </summary>
public static class BottleneckAnalysis
{
    public static BottleneckReport Compute(BottleneckFacts facts, Period period, int? version, DateTime now)
    {
        var window = BottleneckWindow.Of(period, now);
        bool InVersion(VisitFact v) => version is not { } wanted || v.WorkflowVersion == wanted;
        var byCase = facts.Visits.GroupBy(v => v.CaseId).ToDictionary(g => g.Key, g => g.OrderBy(v => v.Sequence).ToList());

        var counted = facts.Visits.Where(InVersion).Select(v => (Visit: v, Standing: window.StandingOf(v)))
            .Where(x => x.Standing != VisitStanding.Outside).ToList();
        var exits = ExitsAt(facts.Cases, byCase, period).Where(e => InVersion(e.Visit))
            .GroupBy(e => e.Visit.NodeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(NodeExits.None, (sum, e) => sum.Add(e.Kind)), StringComparer.Ordinal);
        var transfers = TransferVisits(facts.Transfers, byCase, period).Where(InVersion)
            .GroupBy(v => v.NodeId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var byNode = counted.ToLookup(x => x.Visit.NodeId, StringComparer.Ordinal);
        var nodeIds = counted.Select(x => x.Visit.NodeId).Concat(exits.Keys).Concat(transfers.Keys).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var lines = nodeIds.Select(id =>
        {
            var here = byNode[id].ToList();
            var finished = here.Where(x => x.Standing == VisitStanding.Finished).Select(x => x.Visit).ToList();
            var waiting = here.Where(x => x.Standing == VisitStanding.Waiting).Select(x => window.TimeIn(x.Visit, x.Standing)).ToList();
            var time = DurationFigure.Of(finished, v => v.CaseId, v => v.LeftAt!.Value - v.EnteredAt);
            return new NodeBottleneck(id, time.Denominator, finished.Select(v => v.CaseId).Distinct().Count(), time.Median, time.P90,
                waiting.Count, waiting.Count == 0 ? null : waiting.Max(), exits.GetValueOrDefault(id, NodeExits.None), transfers.GetValueOrDefault(id), null);
        }).ToList();

        var slowest = lines.Where(n => n.P90 is not null).Select(n => n.P90!.Value).DefaultIfEmpty(TimeSpan.Zero).Max();
        var heated = lines.Select(n => n with { Heat = HeatOf(n.P90, slowest) }).ToList();
        return new BottleneckReport(window, version, counted.Select(x => x.Visit.CaseId).Distinct().Count(), heated);
    }

    /// <summary>P90 as a share of the slowest P90; 0 for every node when no pass took any time.</summary>
    public static double? HeatOf(TimeSpan? p90, TimeSpan slowest) =>
        p90 is not { } p ? null : slowest <= TimeSpan.Zero ? 0 : Math.Clamp((double)p.Ticks / slowest.Ticks, 0, 1);

    /// <summary>Each case that ended in the period, with the visit it ended on: its last, made at the instant it closed.</summary>
    private static IEnumerable<(VisitFact Visit, CaseExitKind Kind)> ExitsAt(IReadOnlyList<CaseFact> cases, Dictionary<Guid, List<VisitFact>> byCase,
        Period period)
    {
        foreach (var c in cases)
        {
            if (c.Status != WorkflowStatus.Completed || !period.Contains(c.ClosedAt) || !byCase.TryGetValue(c.CaseId, out var visits))
            {
                continue;
            }
            var last = visits[^1];
            if (last.LeftAt == c.ClosedAt)
            {
                yield return (last, NodeExits.KindOf(c.EndOutcome));
            }
        }
    }

    /// <summary>The visit each transfer in the period happened in: the case's pass entered at or before it and left after it (or still open).</summary>
    private static IEnumerable<VisitFact> TransferVisits(IReadOnlyList<TransferFact> transfers, Dictionary<Guid, List<VisitFact>> byCase, Period period)
    {
        foreach (var t in transfers)
        {
            if (!period.Contains(t.At) || !byCase.TryGetValue(t.CaseId, out var visits))
            {
                continue;
            }
            var at = visits.LastOrDefault(v => v.EnteredAt <= t.At && (v.LeftAt is not { } left || t.At < left));
            if (at is not null)
            {
                yield return at;
            }
        }
    }
}
