using System.Globalization;
using System.Security.Claims;
using System.Text;
using Baton.Core;
using Baton.Core.Metrics;
using Baton.Server.Data;
using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Scorecards;

/// <summary>One figure this month beside last month, with the expectations that apply to it this month.</summary>
public sealed record SummaryRow(string Key, string Label, string Unit, double? ThisMonth, double? LastMonth, int ThisCount, int LastCount,
    IReadOnlyList<TargetView> Targets);

/// <summary>A person's month at a glance: every figure this month and last, never a rank or an overall score.</summary>
public sealed record MonthlySummaryView(Guid PersonId, string Name, DateTime Month, DateTime PreviousMonth, IReadOnlyList<SummaryRow> Rows);

/// <summary>
/// GET /api/v1/scorecards/people/{id}/summary and /summary.csv?month=yyyy-MM: a person's monthly summary (this month
/// against the previous one), to print or export. Read by the person, their leads, managers and admins.
/// </summary>
public static class MonthlySummary
{
    public static readonly string[] CsvHeader = ["Figure", "Unit", "ThisMonth", "LastMonth", "ThisMonthItems", "LastMonthItems", "Expected", "Met"];

    public static async Task<Results<Ok<MonthlySummaryView>, NotFound, ProblemHttpResult>> Handle(Guid personId, string? month, ClaimsPrincipal user,
        BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var (summary, problem) = await TryBuildAsync(db, user, personId, month, Instants.FromTimeProvider(time), ct);
        if (problem is not null)
        {
            return problem;
        }
        return summary is null ? TypedResults.NotFound() : TypedResults.Ok(summary);
    }

    public static async Task<Results<FileContentHttpResult, NotFound, ProblemHttpResult>> HandleCsv(Guid personId, string? month, ClaimsPrincipal user,
        BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var (summary, problem) = await TryBuildAsync(db, user, personId, month, Instants.FromTimeProvider(time), ct);
        if (problem is not null)
        {
            return problem;
        }
        if (summary is null)
        {
            return TypedResults.NotFound();
        }
        var fileName = $"baton-summary-{summary.Name.ToLowerInvariant().Replace(' ', '-')}-{summary.Month:yyyy-MM}.csv";
        return TypedResults.File(Encoding.UTF8.GetBytes(Csv(summary)), "text/csv; charset=utf-8", fileName);
    }

    private static async Task<(MonthlySummaryView? Summary, ProblemHttpResult? Problem)> TryBuildAsync(BatonDb db, ClaimsPrincipal user, Guid personId,
        string? month, DateTime now, CancellationToken ct)
    {
        if (!await ScorecardsApi.MayReadPersonAsync(db, user, personId, ct))
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
                detail: "Only the person, their leads, managers and admins can read a personal summary."));
        }
        try
        {
            return (await BuildAsync(db, personId, ParseMonth(month, now), now, ct), null);
        }
        catch (DomainException ex)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["field"] = ex.Field }));
        }
    }

    /// <summary>The month named yyyy-MM, or the month containing now.</summary>
    public static Period ParseMonth(string? month, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(month))
        {
            return ScorecardQuery.MonthOf(now);
        }
        if (!DateTime.TryParseExact(month.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
                out var first))
        {
            throw new DomainException("month", "Give the month as yyyy-MM, e.g. 2026-11.");
        }
        return ScorecardQuery.MonthOf(DateTime.SpecifyKind(first, DateTimeKind.Utc));
    }

    public static async Task<MonthlySummaryView?> BuildAsync(BatonDb db, Guid personId, Period month, DateTime now, CancellationToken ct)
    {
        var subject = await ScorecardQuery.PersonAsync(db, personId, ct);
        if (subject is null)
        {
            return null;
        }
        var previous = new Period(month.From.AddMonths(-1), month.From);
        var thisMonth = await ScorecardQuery.LoadViewAsync(db, subject, month, now, ct);
        var lastMonth = await ScorecardQuery.LoadViewAsync(db, subject, previous, now, ct);
        var rows = thisMonth.Figures.Select(f =>
        {
            var before = lastMonth.Figures.First(l => l.Key == f.Key);
            return new SummaryRow(f.Key, f.Label, f.Unit, f.Value, before.Value, f.Denominator, before.Denominator,
                [.. thisMonth.Targets.Where(t => t.Metric == f.Key)]);
        }).ToList();
        return new MonthlySummaryView(personId, subject.Name, month.From, previous.From, rows);
    }

    public static string Csv(MonthlySummaryView summary)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(writer, null, leaveOpen: true))
        {
            csv.WriteRecord(CsvHeader);
            foreach (var row in summary.Rows)
            {
                csv.WriteRecord(
                [
                    row.Label,
                    row.Unit,
                    Number(row.ThisMonth),
                    Number(row.LastMonth),
                    row.ThisCount.ToString(CultureInfo.InvariantCulture),
                    row.LastCount.ToString(CultureInfo.InvariantCulture),
                    string.Join("; ", row.Targets.Select(t => $"{(t.Comparison == Expectations.Comparison.AtLeast ? ">=" : "<=")} {t.Target.ToString("0.####", CultureInfo.InvariantCulture)} ({t.AppliesToName})")),
                    string.Join("; ", row.Targets.Select(t => t.Met switch { true => "yes", false => "no", null => "no data" })),
                ]);
            }
        }
        return writer.ToString();
    }

    private static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "";
}
