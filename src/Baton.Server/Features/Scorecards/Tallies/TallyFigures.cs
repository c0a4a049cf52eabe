using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Baton.Core.Metrics;
using Baton.Server.Data;
using Baton.Server.Features.Scorecards.Facts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Baton.Server.Features.Scorecards.Tallies;

/// <summary>
/// The scorecard totals summed from the daily tallies: one indexed aggregate over about 365 rows per member and year,
/// whatever the number of promises and calls. The whole UTC days of the period are summed; the part-days at either end
/// are counted from their own rows with the same contributions. Excluded items are taken back out, open promises
/// already overdue are counted from their own small index, and an SLA that is not a bound of
/// <see cref="DurationScale.Commitments"/> is counted from the fact rows. A period shorter than a whole day, or other
/// long-call or repeat windows than the defaults, is computed from the rows (<see cref="FactFigures"/>,
/// <see cref="InteractionFigures"/>).
/// </summary>
public static class TallyFigures
{
    public static async Task<(CommitmentTotals Commitments, CallTotals Calls)?> TryReadAsync(BatonDb db, FigureScope scope, CancellationToken ct)
    {
        var (from, to) = (scope.Period.From, scope.Period.To);
        var first = DailyTally.DayAt(from) ?? DailyTally.DayOf(from) + 1;
        var end = DailyTally.DayOf(to);
        if (first >= end || scope.LongCallMinutes != FigureScope.DefaultLongCallMinutes || scope.RepeatWindowDays != FigureScope.DefaultRepeatWindowDays)
        {
            return null;
        }
        var sums = await SumAsync(db, scope.Members, first, end, ct);
        var members = scope.Members?.ToHashSet();
        foreach (var e in await ExcludedEntriesAsync(db, scope.Excluded, ct))
        {
            if (e.Day >= first && e.Day < end && (members is null || members.Contains(e.PersonId)))
            {
                sums[e.Column] -= e.Amount;
            }
        }
        foreach (var (start, stop) in new[] { (from, Midnight(first)), (Midnight(end), to) }.Where(edge => edge.Item1 < edge.Item2))
        {
            foreach (var e in await PartDayEntriesAsync(db, scope with { Period = new Period(start, stop) }, ct))
            {
                sums[e.Column] += e.Amount;
            }
        }
        var openOverdue = await OpenOverdueAsync(db, scope, ct);
        var acceptance = Histogram(sums, TallyColumns.Acceptance, DurationScale.Commitments);
        var response = Histogram(sums, TallyColumns.Response, DurationScale.Commitments);
        var handle = Histogram(sums, TallyColumns.Handle, DurationScale.Calls);
        var slaBound = IndexOf(DurationScale.Commitments.BoundsMinutes, scope.AcceptanceSlaMinutes);
        var withinSla = slaBound >= 0 ? (int)acceptance.Take(slaBound + 1).Sum() : await FactFigures.WithinSlaAsync(db, scope, ct);

        var commitments = new CommitmentTotals(
            Count(sums, TallyColumns.Judged), Count(sums, TallyColumns.Kept), Count(sums, TallyColumns.KeptOnTime),
            Count(sums, TallyColumns.Callbacks), Count(sums, TallyColumns.CallbackAttempts),
            Count(sums, TallyColumns.Accepted), sums[TallyColumns.AcceptanceMinutes], withinSla,
            DurationScale.Commitments.Percentile(acceptance, 0.5), DurationScale.Commitments.Percentile(acceptance, 0.9),
            Count(sums, TallyColumns.Escalations), sums[TallyColumns.ResponseMinutes],
            DurationScale.Commitments.Percentile(response, 0.5), DurationScale.Commitments.Percentile(response, 0.9),
            Count(sums, TallyColumns.DueClosed) + openOverdue, Count(sums, TallyColumns.DueMet));
        var calls = new CallTotals(
            Count(sums, TallyColumns.Handled), sums[TallyColumns.HandleSeconds], Count(sums, TallyColumns.LongCalls),
            Count(sums, TallyColumns.ResolvedFirst), Count(sums, TallyColumns.LongResolved),
            DurationScale.Calls.Percentile(handle, 0.5), DurationScale.Calls.Percentile(handle, 0.9),
            Count(sums, TallyColumns.Surveys), Count(sums, TallyColumns.SurveyScore), Count(sums, TallyColumns.Satisfied));
        return (commitments, calls);
    }

    /// <summary>Every counter summed over the members' days in [first, end), in one statement.</summary>
    private static async Task<double[]> SumAsync(BatonDb db, IReadOnlyCollection<Guid>? members, int first, int end, CancellationToken ct)
    {
        var columns = string.Join(", ", TallyColumns.Names.Select(n => $"SUM(\"{n}\")"));
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = connection.CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = $"SELECT {columns} FROM daily_tallies WHERE \"Day\" >= @first AND \"Day\" < @end{MemberFilter(db, command, members)}";
            Parameter(command, "first", first);
            Parameter(command, "end", end);
            await using var reader = await command.ExecuteReaderAsync(ct);
            var sums = new double[TallyColumns.Count];
            if (await reader.ReadAsync(ct))
            {
                for (var i = 0; i < sums.Length; i++)
                {
                    sums[i] = reader.IsDBNull(i) ? 0 : Convert.ToDouble(reader.GetValue(i), CultureInfo.InvariantCulture);
                }
            }
            return sums;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    // PostgreSQL takes the members as a uuid array; SQLite as a JSON array of the upper-case text it stores Guids as.
    private static string MemberFilter(BatonDb db, DbCommand command, IReadOnlyCollection<Guid>? members)
    {
        if (members is null)
        {
            return "";
        }
        if (db.IsPostgres)
        {
            Parameter(command, "members", members.ToArray());
            return " AND \"PersonId\" = ANY(@members)";
        }
        Parameter(command, "members", JsonSerializer.Serialize(members.Select(m => m.ToString("D").ToUpperInvariant())));
        return " AND \"PersonId\" IN (SELECT value FROM json_each(@members))";
    }

    private static void Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>
    /// What the rows of a part-day add, read with the very queries of the row figures (members, excluded items and the
    /// instant each family is judged by), each row contributing only for the family it was found by.
    /// </summary>
    private static async Task<List<TallyEntry>> PartDayEntriesAsync(BatonDb db, FigureScope edge, CancellationToken ct)
    {
        var closed = await FactFigures.Closed(db, edge).ToListAsync(ct);
        var accepted = await FactFigures.Accepted(db, edge).ToListAsync(ct);
        var escalations = await FactFigures.Escalations(db, edge).ToListAsync(ct);
        var due = await FactFigures.DueInPeriod(db, edge).ToListAsync(ct);
        var calls = await InteractionFigures.Handled(db, edge)
            .Select(CallTallyInput.FromRow).ToListAsync(ct);
        var surveys = await InteractionFigures.Surveys(db, edge)
            .Select(SurveyTallyInput.FromRow).ToListAsync(ct);
        return
        [
            .. closed.SelectMany(TallyContributions.Closed), .. accepted.SelectMany(TallyContributions.Accepted),
            .. escalations.SelectMany(TallyContributions.Escalation), .. due.SelectMany(TallyContributions.Due),
            .. calls.SelectMany(TallyContributions.Of), .. surveys.SelectMany(TallyContributions.Of),
        ];
    }

    private static DateTime Midnight(int day) => DateOnly.FromDayNumber(day).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>What the excluded items had added to the tallies, to take back out.</summary>
    private static async Task<List<TallyEntry>> ExcludedEntriesAsync(BatonDb db, IReadOnlyCollection<Guid> excluded, CancellationToken ct)
    {
        if (excluded.Count == 0)
        {
            return [];
        }
        var facts = await db.CommitmentFacts.AsNoTracking().Where(f => excluded.Contains(f.Id)).ToListAsync(ct);
        var calls = await db.Interactions.AsNoTracking().Where(i => excluded.Contains(i.Id))
            .Select(CallTallyInput.FromRow).ToListAsync(ct);
        var surveys = await db.InteractionSurveys.AsNoTracking().Where(s => excluded.Contains(s.InteractionId))
            .Select(SurveyTallyInput.FromRow).ToListAsync(ct);
        return [.. facts.SelectMany(TallyContributions.Of), .. calls.SelectMany(TallyContributions.Of), .. surveys.SelectMany(TallyContributions.Of)];
    }

    /// <summary>Open promises due in the period and already overdue: they count against SLA met until they close.</summary>
    private static Task<int> OpenOverdueAsync(BatonDb db, FigureScope scope, CancellationToken ct)
    {
        var (from, to, asOf, excluded) = (scope.Period.From, scope.Period.To, scope.AsOf, scope.Excluded);
        var rows = db.CommitmentFacts.AsNoTracking().Where(f => f.Outcome == null && f.Due >= from && f.Due < to && f.Due <= asOf);
        if (excluded.Count > 0)
        {
            rows = rows.Where(f => !excluded.Contains(f.Id));
        }
        if (scope.Members is { } members)
        {
            rows = rows.Where(f => members.Contains(f.OwnerId));
        }
        return rows.CountAsync(ct);
    }

    private static long[] Histogram(double[] sums, int first, DurationScale scale) =>
        [.. Enumerable.Range(first, scale.Buckets).Select(i => (long)Math.Round(sums[i]))];

    private static int Count(double[] sums, int column) => (int)Math.Round(sums[column]);

    private static int IndexOf(IReadOnlyList<double> bounds, double value)
    {
        for (var i = 0; i < bounds.Count; i++)
        {
            if (bounds[i] == value)
            {
                return i;
            }
        }
        return -1;
    }
}
