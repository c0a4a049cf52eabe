using System.Security.Claims;
using Baton.Core.Coaching;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// POST /api/v1/coaching/{id}/review {decision: Upheld|Amended, reason, consequence?, goals?, consequenceReason?}: the assigned
/// reviewer (or a manager) decides a dispute. The coach is refused (403): nobody reviews their own session.
/// </summary>
public static class ReviewCoachingDispute
{
    public sealed record Request(DisputeDecision? Decision, string? Reason, Consequence? Consequence = null, List<GoalInput>? Goals = null,
        string? ConsequenceReason = null);

    public static async Task<Results<Ok<CoachingSessionView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(id, request, user, db, time, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static Task<CoachingSessionView?> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        CoachingWork.ChangeAsync(db, user, time, id, async (session, me, now) =>
        {
            var amendment = request.Consequence is null && request.Goals is null && request.ConsequenceReason is null
                ? null
                : new ConsequenceDecision(request.Consequence, request.Goals, request.ConsequenceReason);
            return session.ReviewDispute(await CoachingWork.ReviewerAsync(db, me, ct), request.Decision, request.Reason, amendment, now);
        }, ct);
}
