using System.Security.Claims;
using System.Text;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Commitments.Exports;

/// <summary>The Board as CSV and each person's iCalendar feed of the commitments they own.</summary>
public static class ExportsApi
{
    public sealed record CalendarFeedResponse(string Url, DateTime CreatedAt);

    public static IEndpointRouteBuilder MapCommitmentExports(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/commitments/board.csv", BoardCsvAsync).WithTags("Commitments").RequireAuthorization(Policies.SignedIn)
            .WithName("CommitmentBoardCsv").WithSummary("The Board as CSV, with the same grouping and filters as the Board")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        app.MapPost("/api/v1/me/calendar-feed", RotateFeedAsync).WithTags("Commitments").RequireAuthorization(Policies.SignedIn)
            .WithName("RotateCalendarFeed")
            .WithSummary("Create or rotate my calendar feed; the URL is returned once and the previous URL stops working");
        // Calendar apps cannot sign in: the secret in the URL is the credential.
        app.MapGet("/calendar/{personId:guid}/{secret}.ics", CalendarAsync).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    private static async Task<FileContentHttpResult> BoardCsvAsync(string? groupBy, CommitmentKind? kind, Guid? department, CommitmentStatus? status,
        int? dueWithinHours, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var board = await BoardQuery.LoadAsync(db, new BoardFilter(BoardQuery.ParseGrouping(groupBy), kind, department, status, dueWithinHours),
            CommitmentViews.Now(time), ct);
        return TypedResults.File(Encoding.UTF8.GetBytes(BoardCsv.Render(board)), "text/csv; charset=utf-8", BoardCsv.FileName(board));
    }

    private static async Task<Ok<CalendarFeedResponse>> RotateFeedAsync(HttpRequest request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var now = CommitmentViews.Now(time);
        var secret = await CalendarFeeds.RotateAsync(db, user, now, ct);
        var personId = Principals.PersonIdOf(user)!.Value;
        return TypedResults.Ok(new CalendarFeedResponse($"{BaseUrl(request)}/{CalendarFeeds.PathOf(personId, secret)}", now));
    }

    private static async Task<Results<ContentHttpResult, NotFound>> CalendarAsync(Guid personId, string secret, HttpRequest request, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var text = await CalendarFeeds.RenderAsync(db, personId, secret, CommitmentViews.Now(time), BaseUrl(request), ct);
        return text is null ? TypedResults.NotFound() : TypedResults.Text(text, "text/calendar; charset=utf-8", Encoding.UTF8);
    }

    private static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}";
}
