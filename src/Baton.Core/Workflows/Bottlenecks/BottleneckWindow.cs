using Baton.Core.Metrics;

namespace Baton.Core.Workflows.Bottlenecks;

/// <summary>Whether a visit counts in a report, and how.</summary>
public enum VisitStanding
{
    /// <summary>Left before the period or entered after it: not part of the report.</summary>
    Outside = 1,
    /// <summary>Left the node within the period: its time in node counts in the percentiles.</summary>
    Finished = 2,
    /// <summary>Entered before the period ended and not left by then: still waiting, with the time elapsed so far.</summary>
    Waiting = 3,
}

/// <summary>
/// The period a report covers and the instant it is read "as of": the period's end, or now when the period runs on past now.
/// A visit finished in the period counts with its whole time in node (even when entered before the period); a visit
/// still open at the period's end is waiting, with the time from entering to the as-of instant, and stays out of the
/// percentiles, so the percentiles describe completed passes only and never shrink because a pass is not over yet.
/// </summary>
public sealed record BottleneckWindow(Period Period, DateTime AsOf)
{
    public static BottleneckWindow Of(Period period, DateTime now)
    {
        now = Instants.Normalize(now);
        return new BottleneckWindow(period, period.To < now ? period.To : now);
    }

    public VisitStanding StandingOf(VisitFact visit)
    {
        if (visit.LeftAt is { } left && Period.Contains(left))
        {
            return VisitStanding.Finished;
        }
        var openAtEnd = visit.LeftAt is not { } leftAt || leftAt >= Period.To;
        return openAtEnd && visit.EnteredAt < Period.To && visit.EnteredAt <= AsOf ? VisitStanding.Waiting : VisitStanding.Outside;
    }

    /// <summary>Time in node: the whole pass when finished, so far (to the as-of instant) when waiting.</summary>
    public TimeSpan TimeIn(VisitFact visit, VisitStanding standing) => standing switch
    {
        VisitStanding.Finished => visit.LeftAt!.Value - visit.EnteredAt,
        VisitStanding.Waiting => AsOf - visit.EnteredAt,
        VisitStanding.Outside => TimeSpan.Zero,
        _ => throw new ArgumentOutOfRangeException(nameof(standing), standing, null),
    };
}
