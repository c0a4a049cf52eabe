using System.Security.Claims;
using Baton.Core;
using Baton.Core.Coaching;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// POST /api/v1/coaching/{id}/dispute {reason, reviewerId?}: the agent disputes the session. The reviewer is the one the agent
/// names, else the coach's own lead, else a manager; never the coach or the agent.
/// </summary>
public static class DisputeCoachingSession
{
    public sealed record Request(string? Reason, Guid? ReviewerId);

    public static async Task<Results<Ok<CoachingSessionView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(id, request, user, db, time, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static Task<CoachingSessionView?> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        CoachingWork.ChangeAsync(db, user, time, id, async (session, me, now) =>
        {
            var reviewerId = request.ReviewerId ?? await DefaultReviewerAsync(db, session, ct)
                ?? throw new DomainException("reviewerId", "No lead other than the coach was found; name a reviewer.");
            return session.Dispute(me, request.Reason, await CoachingWork.ReviewerAsync(db, reviewerId, ct), now);
        }, ct);

    /// <summary>The coach's own lead when that is someone else than the agent, else the first active manager who is neither.</summary>
    public static async Task<Guid?> DefaultReviewerAsync(BatonDb db, CoachingSession session, CancellationToken ct)
    {
        if (await CoachingWork.LeadOfAsync(db, session.CoachId, ct) is { } lead && lead != session.AgentId)
        {
            return lead;
        }
        var people = await db.People.AsNoTracking().Where(p => p.Active && p.Id != session.CoachId && p.Id != session.AgentId)
            .OrderBy(p => p.DisplayName).Select(p => new { p.Id, p.Roles }).ToListAsync(ct);
        return people.FirstOrDefault(p => p.Roles.Contains(Role.Manager))?.Id;
    }
}
