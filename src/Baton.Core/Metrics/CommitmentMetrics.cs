using Baton.Core.Commitments;

namespace Baton.Core.Metrics;

/// <summary>Kept rate and on-time rate over the same promises.</summary>
public sealed record PromiseRates(RateFigure Kept, RateFigure OnTime);

/// <summary>Hand-off acceptance times and the share accepted within the SLA.</summary>
public sealed record AcceptanceFigure(DurationFigure Time, RateFigure WithinSla);

/// <summary>
/// Scorecard math over commitments. Every function is pure: plain facts in, a figure and the ids behind it out.
/// Items whose id is in <c>excluded</c> (an accepted context note) never count, for or against anyone.
/// A null scope means everyone.
/// </summary>
public static class CommitmentMetrics
{
    /// <summary>
    /// Promises closed in the period, attributed to the owner at closing. Renegotiated ones are left out (their
    /// successor counts on its own when it closes), and so are agreed cancellations. Kept rate = Kept / (Kept + Broken);
    /// on-time rate = Kept by the due time / Kept.
    /// </summary>
    public static PromiseRates KeptRate(IEnumerable<CommitmentFact> commitments, Period period, IReadOnlySet<Guid> excluded, Scope? scope = null)
    {
        var judged = ClosedKeptOrBroken(commitments, period, excluded, scope).ToList();
        var kept = judged.Where(c => c.Outcome == Outcome.Kept).ToList();
        return new PromiseRates(
            RateFigure.Of(judged, c => c.Id, c => c.Outcome == Outcome.Kept),
            RateFigure.Of(kept, c => c.Id, c => c.ClosedAt <= c.Due));
    }

    /// <summary>Mean attempts per Callback closed Kept or Broken in the period, attributed to the owner at closing.</summary>
    public static MeanFigure AttemptsPerCallback(IEnumerable<CommitmentFact> commitments, Period period, IReadOnlySet<Guid> excluded, Scope? scope = null) =>
        MeanFigure.Of(ClosedKeptOrBroken(commitments, period, excluded, scope).Where(c => c.Kind == CommitmentKind.Callback), c => c.Id, c => c.Attempts);

    /// <summary>
    /// Time from a hand-off to its acceptance, for hand-offs accepted in the period, attributed to who accepted it;
    /// and the share accepted within <paramref name="sla"/>. Pass a business calendar's BusinessTimeBetween as
    /// <paramref name="elapsed"/> to count business time only; wall-clock time otherwise.
    /// </summary>
    public static AcceptanceFigure HandoffAcceptance(IEnumerable<CommitmentFact> commitments, Period period, IReadOnlySet<Guid> excluded,
        TimeSpan sla, Func<DateTime, DateTime, TimeSpan>? elapsed = null, Scope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(excluded);
        elapsed ??= WallClock;
        var accepted = commitments
            .Where(c => c.Acceptance is { } a && period.Contains(a.AcceptedAt) && !excluded.Contains(c.Id) && (scope ?? Scope.Everyone).Includes(a.AcceptedById))
            .Select(c => (c.Id, Time: elapsed(c.Acceptance!.HandedOffAt, c.Acceptance.AcceptedAt)))
            .ToList();
        return new AcceptanceFigure(
            DurationFigure.Of(accepted, a => a.Id, a => a.Time),
            RateFigure.Of(accepted, a => a.Id, a => a.Time <= sla));
    }

    /// <summary>
    /// Time from raising an Escalation to the first action on it (first attempt, acceptance or closing), for escalations
    /// first acted on in the period, attributed to the owner at that moment.
    /// </summary>
    public static DurationFigure EscalationResponse(IEnumerable<CommitmentFact> commitments, Period period, IReadOnlySet<Guid> excluded,
        Func<DateTime, DateTime, TimeSpan>? elapsed = null, Scope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(excluded);
        elapsed ??= WallClock;
        return DurationFigure.Of(
            commitments.Where(c => c.Kind == CommitmentKind.Escalation && c.FirstAction is { } f && period.Contains(f.At)
                && !excluded.Contains(c.Id) && (scope ?? Scope.Everyone).Includes(f.OwnerId)),
            c => c.Id,
            c => elapsed(c.CreatedAt, c.FirstAction!.At));
    }

    /// <summary>
    /// Commitments due in the period that were closed Kept by their due time, attributed to the owner at closing (or the
    /// current owner while open). Renegotiated, cancelled and excluded ones are left out; one still open counts as missed
    /// once its due time has passed at <paramref name="asOf"/>, and is left out before that.
    /// </summary>
    public static RateFigure SlaMet(IEnumerable<CommitmentFact> commitments, Period period, IReadOnlySet<Guid> excluded, DateTime asOf, Scope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(excluded);
        asOf = Instants.Normalize(asOf);
        var due = commitments.Where(c => period.Contains(c.Due) && !excluded.Contains(c.Id) && (scope ?? Scope.Everyone).Includes(c.OwnerId)
            && c.Outcome is not (Outcome.Renegotiated or Outcome.Cancelled)
            && (c.Outcome is not null || c.Due <= asOf));
        return RateFigure.Of(due, c => c.Id, c => c.Outcome == Outcome.Kept && c.ClosedAt <= c.Due);
    }

    private static IEnumerable<CommitmentFact> ClosedKeptOrBroken(IEnumerable<CommitmentFact> commitments, Period period, IReadOnlySet<Guid> excluded, Scope? scope)
    {
        ArgumentNullException.ThrowIfNull(commitments);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(excluded);
        return commitments.Where(c => c.Outcome is Outcome.Kept or Outcome.Broken && period.Contains(c.ClosedAt)
            && !excluded.Contains(c.Id) && (scope ?? Scope.Everyone).Includes(c.OwnerId));
    }

    private static TimeSpan WallClock(DateTime from, DateTime to) => to - from;
}
