using System.Security.Claims;
using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Scorecards.ContextNotes;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Scorecards;

public static class ScorecardsApi
{
    public static IEndpointRouteBuilder MapScorecardsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/scorecards").WithTags("Scorecards").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/people/{personId:guid}", Person).WithName("PersonScorecard")
            .WithSummary("A person's scorecard (theirs, their leads', managers' and admins' to read); from/to default to this calendar month");
        group.MapGet("/people/{personId:guid}/items", PersonItems).WithName("PersonScorecardItems")
            .WithSummary("The commitments behind one figure of a person's scorecard: figure=keptRate…, part=all|kept|broken");
        group.MapGet("/people/{personId:guid}/summary", MonthlySummary.Handle).WithName("PersonMonthlySummary")
            .WithSummary("A person's figures this month beside last month (month=yyyy-MM, default this month)");
        group.MapGet("/people/{personId:guid}/summary.csv", MonthlySummary.HandleCsv).WithName("PersonMonthlySummaryCsv")
            .WithSummary("The monthly summary as CSV").Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/teams/{teamId:guid}", Team).WithName("TeamScorecard").WithSummary("A team's scorecard");
        group.MapGet("/departments/{departmentId:guid}", Department).WithName("DepartmentScorecard").WithSummary("A department's scorecard");
        group.MapGet("/notes", ListContextNotes.Handle).WithName("ListContextNotes")
            .WithSummary("Your context notes and those of the people you lead; status=Pending for what waits for a review");
        group.MapPost("/notes", AttachContextNote.Handle).WithName("AttachContextNote")
            .WithSummary("Explain an item that counts against your own metrics; a lead accepts (item excluded) or declines it");
        group.MapPost("/notes/{id:guid}/review", ReviewContextNote.Handle).WithName("ReviewContextNote")
            .WithSummary("Accept (the item is excluded from every scorecard) or decline with a reason a note of someone you lead");
        group.MapGet("/leadership", LeadershipCard).WithName("LeadershipScorecard").WithSummary("The leadership's scorecard");
        return app;
    }

    /// <summary>A person sees their own scorecard; their leads, managers and admins see it too.</summary>
    public static async Task<bool> MayReadPersonAsync(BatonDb db, ClaimsPrincipal user, Guid personId, CancellationToken ct)
    {
        var me = Principals.PersonIdOf(user);
        if (me is null)
        {
            return false;
        }
        return me == personId || user.IsInRole(nameof(Role.Admin)) || user.IsInRole(nameof(Role.Manager))
               || await Leadership.IsLeadOfAsync(db, me.Value, personId, ct);
    }

    private static async Task<Results<Ok<ScorecardView>, NotFound, ProblemHttpResult>> Person(Guid personId, DateTime? from, DateTime? to,
        ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        if (!await MayReadPersonAsync(db, user, personId, ct))
        {
            return Forbidden();
        }
        return await ViewAsync(db, await ScorecardQuery.PersonAsync(db, personId, ct), from, to, time, ct);
    }

    private static async Task<Results<Ok<List<ScorecardItem>>, NotFound, ProblemHttpResult>> PersonItems(Guid personId, string? figure, string? part,
        DateTime? from, DateTime? to, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        if (!await MayReadPersonAsync(db, user, personId, ct))
        {
            return Forbidden();
        }
        var subject = await ScorecardQuery.PersonAsync(db, personId, ct);
        if (subject is null)
        {
            return TypedResults.NotFound();
        }
        if (!TryPeriod(from, to, time, out var period, out var problem))
        {
            return problem;
        }
        var scope = await ScorecardQuery.FigureScopeAsync(db, subject, period, Instants.FromTimeProvider(time), ct);
        var key = ScorecardQuery.FigureKeys.FirstOrDefault(k => string.Equals(k, figure ?? "keptRate", StringComparison.OrdinalIgnoreCase));
        if (key is null)
        {
            return BadRequest("figure", $"Unknown figure. Use one of: {string.Join(", ", ScorecardQuery.FigureKeys)}.");
        }
        var items = await ScorecardQuery.ItemsAsync(db, scope, key, part, ct);
        return items is null ? BadRequest("part", "Use part=all, kept or broken.") : TypedResults.Ok(items);
    }

    private static async Task<Results<Ok<ScorecardView>, NotFound, ProblemHttpResult>> Team(Guid teamId, DateTime? from, DateTime? to,
        BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ViewAsync(db, await ScorecardQuery.TeamAsync(db, teamId, ct), from, to, time, ct);

    private static async Task<Results<Ok<ScorecardView>, NotFound, ProblemHttpResult>> Department(Guid departmentId, DateTime? from, DateTime? to,
        BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ViewAsync(db, await ScorecardQuery.DepartmentAsync(db, departmentId, ct), from, to, time, ct);

    private static async Task<Results<Ok<ScorecardView>, NotFound, ProblemHttpResult>> LeadershipCard(DateTime? from, DateTime? to,
        BatonDb db, TimeProvider time, CancellationToken ct) =>
        await ViewAsync(db, await ScorecardQuery.LeadershipAsync(db, ct), from, to, time, ct);

    private static async Task<Results<Ok<ScorecardView>, NotFound, ProblemHttpResult>> ViewAsync(BatonDb db, ScorecardSubject? subject,
        DateTime? from, DateTime? to, TimeProvider time, CancellationToken ct)
    {
        if (subject is null)
        {
            return TypedResults.NotFound();
        }
        if (!TryPeriod(from, to, time, out var period, out var problem))
        {
            return problem;
        }
        return TypedResults.Ok(await ScorecardQuery.LoadViewAsync(db, subject, period, Instants.FromTimeProvider(time), ct));
    }

    private static bool TryPeriod(DateTime? from, DateTime? to, TimeProvider time, out Baton.Core.Metrics.Period period, out ProblemHttpResult problem)
    {
        try
        {
            period = ScorecardQuery.PeriodOf(from, to, Instants.FromTimeProvider(time));
            problem = null!;
            return true;
        }
        catch (DomainException ex)
        {
            period = null!;
            problem = BadRequest(ex.Field, ex.Message);
            return false;
        }
    }

    private static ProblemHttpResult Forbidden() =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden",
            detail: "Only the person, their leads, managers and admins can read a personal scorecard.");

    private static ProblemHttpResult BadRequest(string field, string message) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: message,
            extensions: new Dictionary<string, object?> { ["field"] = field });
}
