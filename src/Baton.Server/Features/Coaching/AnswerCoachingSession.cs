using System.Security.Claims;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Coaching;

/// <summary>POST /api/v1/coaching/{id}/acknowledge {comment}: the agent confirms the session as recorded (late answers count, as late).</summary>
public static class AcknowledgeCoachingSession
{
    public sealed record Request(string? Comment);

    public static async Task<Results<Ok<CoachingSessionView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(id, request, user, db, time, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static Task<CoachingSessionView?> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        CoachingWork.ChangeAsync(db, user, time, id, (session, me, now) => Task.FromResult(session.Acknowledge(me, request.Comment, now)), ct);
}
