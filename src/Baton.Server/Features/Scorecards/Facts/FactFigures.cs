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

    public static async Task<IReadOnlyList<FigureView>> ComputeAsync(BatonDb db, FigureScope scope, CancellationToken ct)
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
        var (acceptanceMedian, acceptanceP90) = await PercentilesAsync(Accepted(db, scope).Select(f => f.AcceptanceMinutes ?? 0), acceptedCount, ct);
        var (responseMedian, responseP90) = await PercentilesAsync(Escalations(db, scope).Select(f => f.ResponseMinutes ?? 0), escalationCount, ct);
        return
        [
            Rate("keptRate", "Kept rate", closed?.Kept ?? 0, closed?.Judged ?? 0),
            Rate("onTimeRate", "On time", closed?.KeptOnTime ?? 0, closed?.Kept ?? 0),
            new("attemptsPerCallback", "Attempts per callback", "mean", closed?.Attempts ?? 0, closed?.Callbacks ?? 0,
                closed is { Callbacks: > 0 } c ? (double)c.Attempts / c.Callbacks : null, null, null),
            Duration("handoffAcceptance", "Hand-off acceptance time", accepted?.Minutes ?? 0, acceptedCount, acceptanceMedian, acceptanceP90),
            Rate("handoffWithinSla", "Hand-offs accepted within SLA", accepted?.WithinSla ?? 0, acceptedCount),
            Duration("escalationResponse", "Escalation response time", escalations?.Minutes ?? 0, escalationCount, responseMedian, responseP90),
            Rate("slaMet", "SLA met", due?.Met ?? 0, due?.Count ?? 0),
        ];
    }

    /// <summary>Promises closed Kept or Broken in the period, by the owner at closing.</summary>
    private static IQueryable<CommitmentFactRow> Closed(BatonDb db, FigureScope scope)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var rows = Base(db, scope).Where(f => (f.Outcome == Outcome.Kept || f.Outcome == Outcome.Broken) && f.ClosedAt >= from && f.ClosedAt < to);
        return scope.Members is { } members ? rows.Where(f => members.Contains(f.OwnerId)) : rows;
    }

    /// <summary>Hand-offs accepted in the period, by who accepted them.</summary>
    private static IQueryable<CommitmentFactRow> Accepted(BatonDb db, FigureScope scope)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var rows = Base(db, scope).Where(f => f.AcceptedAt >= from && f.AcceptedAt < to);
        return scope.Members is { } members ? rows.Where(f => f.AcceptedById != null && members.Contains(f.AcceptedById.Value)) : rows;
    }

    /// <summary>Escalations first acted on in the period, by the owner at that moment.</summary>
    private static IQueryable<CommitmentFactRow> Escalations(BatonDb db, FigureScope scope)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var rows = Base(db, scope).Where(f => f.Kind == CommitmentKind.Escalation && f.FirstActionAt >= from && f.FirstActionAt < to);
        return scope.Members is { } members ? rows.Where(f => f.FirstActionOwnerId != null && members.Contains(f.FirstActionOwnerId.Value)) : rows;
    }

    /// <summary>Commitments due in the period, by owner; renegotiated and cancelled ones left out, open ones only once overdue.</summary>
    private static IQueryable<CommitmentFactRow> DueInPeriod(BatonDb db, FigureScope scope)
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

    /// <summary>Median (mean of the middle two for an even count) and nearest-rank p90, read from the database in order.</summary>
    internal static async Task<(double? Median, double? P90)> PercentilesAsync(IQueryable<double> values, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return (null, null);
        }
        var sorted = values.OrderBy(v => v);
        var middle = await sorted.Skip((count - 1) / 2).Take(2 - count % 2).ToListAsync(ct);
        var p90 = await sorted.Skip((int)Math.Ceiling(0.9 * count) - 1).Take(1).SingleAsync(ct);
        return (middle.Average(), p90);
    }

    internal static FigureView Rate(string key, string label, int numerator, int denominator) =>
        new(key, label, "rate", numerator, denominator, denominator == 0 ? null : (double)numerator / denominator, null, null);

    private static FigureView Duration(string key, string label, double minutes, int count, double? median, double? p90) =>
        new(key, label, "minutes", minutes, count, count == 0 ? null : minutes / count, median, p90);
}
