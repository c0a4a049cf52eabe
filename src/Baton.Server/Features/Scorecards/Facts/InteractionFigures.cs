using System.Linq.Expressions;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Baton.Server.Features.Interactions;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards.Facts;

/// <summary>What the call figures of a scope add up to; <see cref="InteractionFigures.Views"/> turns them into figures.</summary>
public sealed record CallTotals(int Handled, double HandleSeconds, int LongCalls, int ResolvedFirst, int LongResolved, double? HandleMedian,
    double? HandleP90, int Surveys, int SurveyScore, int Satisfied);

/// <summary>
/// The scorecard figures read from calls, with the definitions of <see cref="InteractionMetrics"/> (proven equal by
/// tests): first-contact resolution, handle time (never alone: it carries first-contact resolution, the long calls that
/// resolved the issue and the kept rate beside it) and satisfaction, all credited to the agent who handled the call.
/// A call is judged in the period it was queued in, once it was answered and has ended.
/// </summary>
public static class InteractionFigures
{
    public static readonly string[] Keys = ["firstContactResolution", "handleTime", "longCallsResolved", "csat", "csatSatisfied"];

    /// <summary>The figures shown with handle time wherever it appears.</summary>
    public static readonly string[] BesideHandleTime = ["firstContactResolution", "longCallsResolved", "keptRate"];

    /// <summary>The calls a figure judges and which of them count in its numerator (for means and durations: all of them).</summary>
    public static (IQueryable<Interaction> Rows, Expression<Func<Interaction, bool>> Counted)? Rows(BatonDb db, string key, FigureScope scope)
    {
        var resolved = ResolvedAtFirstContact(scope);
        var longCall = scope.LongCallMinutes * 60;
        var surveys = Surveys(db, scope);
        return key switch
        {
            "firstContactResolution" => (Handled(db, scope), resolved),
            "handleTime" => (Handled(db, scope), i => true),
            "longCallsResolved" => (Handled(db, scope).Where(i => i.HandleSeconds >= longCall), resolved),
            "csat" => (db.Interactions.AsNoTracking().Where(i => surveys.Any(s => s.InteractionId == i.Id)), i => true),
            "csatSatisfied" => (db.Interactions.AsNoTracking().Where(i => surveys.Any(s => s.InteractionId == i.Id)),
                i => surveys.Any(s => s.InteractionId == i.Id && s.Score >= 4)),
            _ => null,
        };
    }

    /// <summary>The figures computed from the calls themselves (any period and windows; the reference for the daily tallies).</summary>
    public static async Task<IReadOnlyList<FigureView>> ComputeAsync(BatonDb db, FigureScope scope, FigureView keptRate, CancellationToken ct) =>
        Views(await TotalsAsync(db, scope, ct), scope, keptRate);

    public static async Task<CallTotals> TotalsAsync(BatonDb db, FigureScope scope, CancellationToken ct)
    {
        var longCall = scope.LongCallMinutes * 60;
        var repeatWindow = RepeatWindowSeconds(scope);
        // One pass over the handler's calls (a covering index): counts, time, and first-contact resolution from the stored repeat gaps.
        var handled = await Handled(db, scope).GroupBy(i => 1).Select(g => new
        {
            Count = g.Count(),
            Seconds = g.Sum(i => i.HandleSeconds ?? 0),
            Long = g.Count(i => i.HandleSeconds >= longCall),
            Resolved = g.Count(i => i.Resolved == true && (i.RepeatGapSeconds == null || i.RepeatGapSeconds > repeatWindow)),
            LongResolved = g.Count(i => i.HandleSeconds >= longCall && i.Resolved == true && (i.RepeatGapSeconds == null || i.RepeatGapSeconds > repeatWindow)),
        }).SingleOrDefaultAsync(ct);
        var count = handled?.Count ?? 0;
        var (median, p90) = await FactFigures.PercentilesAsync(Handled(db, scope).Select(i => (i.HandleSeconds ?? 0) / 60), count, DurationScale.Calls, ct);
        var surveys = await Surveys(db, scope).GroupBy(s => 1).Select(g => new
        {
            Count = g.Count(),
            Sum = g.Sum(s => s.Score),
            Satisfied = g.Count(s => s.Score >= 4),
        }).SingleOrDefaultAsync(ct);
        return new CallTotals(count, handled?.Seconds ?? 0, handled?.Long ?? 0, handled?.Resolved ?? 0, handled?.LongResolved ?? 0, median, p90,
            surveys?.Count ?? 0, surveys?.Sum ?? 0, surveys?.Satisfied ?? 0);
    }

    public static IReadOnlyList<FigureView> Views(CallTotals t, FigureScope scope, FigureView keptRate)
    {
        var fcr = FactFigures.Rate("firstContactResolution", "First-contact resolution", t.ResolvedFirst, t.Handled);
        var longCalls = FactFigures.Rate("longCallsResolved", $"Long calls (≥ {scope.LongCallMinutes:0} min) that resolved the issue", t.LongResolved,
            t.LongCalls);
        var handleTime = FactFigures.Duration("handleTime", "Handle time", t.HandleSeconds / 60, t.Handled, t.HandleMedian, t.HandleP90) with
        {
            Beside = [fcr, longCalls, keptRate],
        };
        return
        [
            fcr,
            handleTime,
            longCalls,
            new("csat", "Customer satisfaction (1–5)", "score", t.SurveyScore, t.Surveys, t.Surveys == 0 ? null : (double)t.SurveyScore / t.Surveys, null, null),
            FactFigures.Rate("csatSatisfied", "Satisfied customers (4 or 5)", t.Satisfied, t.Surveys),
        ];
    }

    /// <summary>Answered calls that have ended, queued in the period, by the agent who handled them.</summary>
    internal static IQueryable<Interaction> Handled(BatonDb db, FigureScope scope)
    {
        var (from, to, excluded) = (scope.Period.From, scope.Period.To, scope.Excluded);
        var rows = db.Interactions.AsNoTracking()
            .Where(i => i.AgentId != null && i.AnsweredAt != null && i.HandleSeconds != null && i.QueuedAt >= from && i.QueuedAt < to);
        if (excluded.Count > 0)
        {
            rows = rows.Where(i => !excluded.Contains(i.Id));
        }
        return scope.Members is { } members ? rows.Where(i => members.Contains(i.AgentId!.Value)) : rows;
    }

    /// <summary>Survey scores of calls queued in the period, credited to whoever handled the call.</summary>
    internal static IQueryable<InteractionSurvey> Surveys(BatonDb db, FigureScope scope)
    {
        var (from, to, excluded) = (scope.Period.From, scope.Period.To, scope.Excluded);
        var rows = db.InteractionSurveys.AsNoTracking().Where(s => s.InteractionAt >= from && s.InteractionAt < to);
        if (excluded.Count > 0)
        {
            rows = rows.Where(s => !excluded.Contains(s.InteractionId));
        }
        return scope.Members is { } members ? rows.Where(s => members.Contains(s.HandledById)) : rows;
    }

    /// <summary>
    /// Marked resolved, and no later contact of the same customer within the repeat window about the same topic or about
    /// a topic nobody has named yet (<see cref="RepeatContacts"/>). Any later contact counts, whoever took it and whether
    /// or not it is excluded. Read from the gap to the first repeat stored on each call, so no later calls are searched.
    /// </summary>
    private static Expression<Func<Interaction, bool>> ResolvedAtFirstContact(FigureScope scope)
    {
        var seconds = RepeatWindowSeconds(scope);
        return i => i.Resolved == true && (i.RepeatGapSeconds == null || i.RepeatGapSeconds > seconds);
    }

    private static double RepeatWindowSeconds(FigureScope scope)
    {
        var window = TimeSpan.FromDays(scope.RepeatWindowDays);
        return window <= RepeatContactTracking.Horizon
            ? window.TotalSeconds
            : throw new ArgumentOutOfRangeException(nameof(scope), $"A repeat window is at most {RepeatContactTracking.Horizon.TotalDays:0} days.");
    }
}
