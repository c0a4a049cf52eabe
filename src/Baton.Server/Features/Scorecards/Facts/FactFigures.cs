using System.Linq.Expressions;
using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.Facts;

/// <summary>
/// What a figure is computed over: the people (null for everyone), the period, the SLA, the instant and the excluded
/// items; for calls, how long after a call a contact about the same issue is a repeat and from how long a call is long.
/// </summary>
public sealed record FigureScope(IReadOnlyCollection<Guid>? Members, Period Period, double AcceptanceSlaMinutes, DateTime AsOf, IReadOnlyCollection<Guid> Excluded,
    double RepeatWindowDays = FigureScope.DefaultRepeatWindowDays, double LongCallMinutes = FigureScope.DefaultLongCallMinutes)
{
    public const double DefaultRepeatWindowDays = 7;
    public const double DefaultLongCallMinutes = 10;
}

/// <summary>What the commitment figures of a scope add up to; <see cref="FactFigures.Views"/> turns them into figures.</summary>
public sealed record CommitmentTotals(
    int Judged, int Kept, int KeptOnTime, int Callbacks, int CallbackAttempts,
    int Accepted, double AcceptanceMinutes, int AcceptedWithinSla, double? AcceptanceMedian, double? AcceptanceP90,
    int Escalations, double ResponseMinutes, double? ResponseMedian, double? ResponseP90,
    int Due, int DueMet);


/// <summary>
/// The scorecard figures computed by the database over <c>commitment_facts</c>: counts and sums per figure with the same
/// definitions as <see cref="CommitmentMetrics"/> (the reference, proven equal by tests), so a department's year is a
/// handful of indexed aggregate queries instead of a million rows in memory. Each figure's rows are one query
/// (<see cref="Rows"/>) that the drill-down reuses.
/// </summary>
public static class FactFigures
{
    public static readonly string[] Keys =
        ["keptRate", "onTimeRate", "attemptsPerCallback", "handoffAcceptance", "handoffWithinSla", "escalationResponse", "slaMet"];

    /// <summary>The rows a figure judges and which of them count in its numerator (for means and durations: all of them).</summary>
    public static (IQueryable<CommitmentFactRow> Rows, Expression<Func<CommitmentFactRow, bool>> Counted)? Rows(BatonDb db, string key, FigureScope scope)
    {
        var sla = scope.AcceptanceSlaMinutes;
        return key switch
        {
            "keptRate" => (Closed(db, scope), f => f.Outcome == Outcome.Kept),
            "onTimeRate" => (Closed(db, scope).Where(f => f.Outcome == Outcome.Kept), f => f.ClosedOnTime),
            "attemptsPerCallback" => (Closed(db, scope).Where(f => f.Kind == CommitmentKind.Callback), f => true),
            "handoffAcceptance" => (Accepted(db, scope), f => true),
            "handoffWithinSla" => (Accepted(db, scope), f => f.AcceptanceMinutes <= sla),
            "escalationResponse" => (Escalations(db, scope), f => true),
            "slaMet" => (DueInPeriod(db, scope), f => f.Outcome == Outcome.Kept && f.ClosedOnTime),
            _ => null,
        };
    }

    /// <summary>The figures computed from the fact rows themselves (any period; the reference for the daily tallies).</summary>
    public static async Task<IReadOnlyList<FigureView>> ComputeAsync(BatonDb db, FigureScope scope, CancellationToken ct) =>
        Views(await TotalsAsync(db, scope, ct));

    public static async Task<CommitmentTotals> TotalsAsync(BatonDb db, FigureScope scope, CancellationToken ct)
    {
        var closed = await Closed(db, scope).GroupBy(f => 1).Select(g => new
        {
            Judged = g.Count(),
            Kept = g.Count(f => f.Outcome == Outcome.Kept),
            KeptOnTime = g.Count(f => f.Outcome == Outcome.Kept && f.ClosedOnTime),
            Callbacks = g.Count(f => f.Kind == CommitmentKind.Callback),
            Attempts = g.Sum(f => f.Kind == CommitmentKind.Callback ? f.Attempts : 0),
        }).SingleOrDefaultAsync(ct);
        var sla = scope.AcceptanceSlaMinutes;
        var accepted = await Accepted(db, scope).GroupBy(f => 1).Select(g => new
        {
            Count = g.Count(),
            Minutes = g.Sum(f => f.AcceptanceMinutes ?? 0),
            WithinSla = g.Count(f => f.AcceptanceMinutes <= sla),
        }).SingleOrDefaultAsync(ct);
        var escalations = await Escalations(db, scope).GroupBy(f => 1).Select(g => new { Count = g.Count(), Minutes = g.Sum(f => f.ResponseMinutes ?? 0) })
            .SingleOrDefaultAsync(ct);
        var due = await DueInPeriod(db, scope).GroupBy(f => 1).Select(g => new
        {
            Count = g.Count(),
            Met = g.Count(f => f.Outcome == Outcome.Kept && f.ClosedOnTime),
        }).SingleOrDefaultAsync(ct);

        var acceptedCount = accepted?.Count ?? 0;
        var escalationCount = escalations?.Count ?? 0;
        var scale = DurationScale.Commitments;
        var (acceptanceMedian, acceptanceP90) = await PercentilesAsync(Accepted(db, scope).Select(f => f.AcceptanceMinutes ?? 0), acceptedCount, scale, ct);
        var (responseMedian, responseP90) = await PercentilesAsync(Escalations(db, scope).Select(f => f.ResponseMinutes ?? 0), escalationCount, scale, ct);
        return new CommitmentTotals(closed?.Judged ?? 0, closed?.Kept ?? 0, closed?.KeptOnTime ?? 0, closed?.Callbacks ?? 0, closed?.Attempts ?? 0,
            acceptedCount, accepted?.Minutes ?? 0, accepted?.WithinSla ?? 0, acceptanceMedian, acceptanceP90,
            escalationCount, escalations?.Minutes ?? 0, responseMedian, responseP90, due?.Count ?? 0, due?.Met ?? 0);
    }

    /// <summary>Hand-offs of the scope accepted within its SLA, counted from the fact rows.</summary>
    public static Task<int> WithinSlaAsync(BatonDb db, FigureScope scope, CancellationToken ct)
    {
        var sla = scope.AcceptanceSlaMinutes;
        return Accepted(db, scope).CountAsync(f => f.AcceptanceMinutes <= sla, ct);
    }

    public static IReadOnlyList<FigureView> Views(CommitmentTotals t) =>
    [
        Rate("keptRate", "Kept rate", t.Kept, t.Judged),
        Rate("onTimeRate", "On time", t.KeptOnTime, t.Kept),
        new("attemptsPerCallback", "Attempts per callback", "mean", t.CallbackAttempts, t.Callbacks,
            t.Callbacks > 0 ? (double)t.CallbackAttempts / t.Callbacks : null, null, null),
        Duration("handoffAcceptance", "Hand-off acceptance time", t.AcceptanceMinutes, t.Accepted, t.AcceptanceMedian, t.AcceptanceP90),
        Rate("handoffWithinSla", "Hand-offs accepted within SLA", t.AcceptedWithinSla, t.Accepted),
        Duration("escalationResponse", "Escalation response time", t.ResponseMinutes, t.Escalations, t.ResponseMedian, t.ResponseP90),
        Rate("slaMet", "SLA met", t.DueMet, t.Due),
    ];

    /// <summary>Promises closed Kept or Broken in the period, by the owner at closing.</summary>
    internal static IQueryable<CommitmentFactRow> Closed(BatonDb db, FigureScope scope)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var rows = Base(db, scope).Where(f => (f.Outcome == Outcome.Kept || f.Outcome == Outcome.Broken) && f.ClosedAt >= from && f.ClosedAt < to);
        return scope.Members is { } members ? rows.Where(f => members.Contains(f.OwnerId)) : rows;
    }

    /// <summary>Hand-offs accepted in the period, by who accepted them.</summary>
    internal static IQueryable<CommitmentFactRow> Accepted(BatonDb db, FigureScope scope)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var rows = Base(db, scope).Where(f => f.AcceptedAt >= from && f.AcceptedAt < to);
        return scope.Members is { } members ? rows.Where(f => f.AcceptedById != null && members.Contains(f.AcceptedById.Value)) : rows;
    }

    /// <summary>Escalations first acted on in the period, by the owner at that moment.</summary>
    internal static IQueryable<CommitmentFactRow> Escalations(BatonDb db, FigureScope scope)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var rows = Base(db, scope).Where(f => f.Kind == CommitmentKind.Escalation && f.FirstActionAt >= from && f.FirstActionAt < to);
        return scope.Members is { } members ? rows.Where(f => f.FirstActionOwnerId != null && members.Contains(f.FirstActionOwnerId.Value)) : rows;
    }

    /// <summary>Commitments due in the period, by owner; renegotiated and cancelled ones left out, open ones only once overdue.</summary>
    internal static IQueryable<CommitmentFactRow> DueInPeriod(BatonDb db, FigureScope scope)
    {
        var (from, to, asOf) = (scope.Period.From, scope.Period.To, scope.AsOf);
        var rows = Base(db, scope).Where(f => f.Due >= from && f.Due < to && f.Outcome != Outcome.Renegotiated && f.Outcome != Outcome.Cancelled
            && (f.Outcome != null || f.Due <= asOf));
        return scope.Members is { } members ? rows.Where(f => members.Contains(f.OwnerId)) : rows;
    }

    private static IQueryable<CommitmentFactRow> Base(BatonDb db, FigureScope scope)
    {
        var excluded = scope.Excluded;
        var rows = db.CommitmentFacts.AsNoTracking();
        return excluded.Count == 0 ? rows : rows.Where(f => !excluded.Contains(f.Id));
    }

    /// <summary>
    /// Median and p90 as bounds on <paramref name="scale"/>: the nearest-rank values read from the database in order,
    /// each reported as the bound of its bucket (<see cref="DurationScale"/>).
    /// </summary>
    internal static async Task<(double? Median, double? P90)> PercentilesAsync(IQueryable<double> values, int count, DurationScale scale, CancellationToken ct)
    {
        if (count == 0)
        {
            return (null, null);
        }
        var sorted = values.OrderBy(v => v);
        var median = await sorted.Skip((int)DurationScale.PositionOf(count, 0.5) - 1).Take(1).SingleAsync(ct);
        var p90 = await sorted.Skip((int)DurationScale.PositionOf(count, 0.9) - 1).Take(1).SingleAsync(ct);
        return (scale.BoundOf(median), scale.BoundOf(p90));
    }

    internal static FigureView Rate(string key, string label, int numerator, int denominator) =>
        new(key, label, "rate", numerator, denominator, denominator == 0 ? null : (double)numerator / denominator, null, null);

    internal static FigureView Duration(string key, string label, double minutes, int count, double? median, double? p90) =>
        new(key, label, "minutes", minutes, count, count == 0 ? null : minutes / count, median, p90);
}
