using System.Security.Claims;
using Baton.Core;
using Baton.Core.Coaching;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// GET /api/v1/coaching?agentId=&amp;toReview=true and GET /api/v1/coaching/{id}. Without filters: the sessions the signed-in
/// person takes part in (as agent, coach or reviewer) and those of the people they lead. agentId gives one agent's history
/// (themselves or someone they lead, else 403); toReview=true the disputes assigned to them that wait for a decision.
/// </summary>
public static class FindCoachingSessions
{
    public static async Task<Ok<List<CoachingSummary>>> List(Guid? agentId, bool? toReview, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, user, agentId, toReview == true, Instants.FromTimeProvider(time), ct));

    public static async Task<Results<Ok<CoachingSessionView>, NotFound>> Get(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var session = await CoachingWork.FindVisibleAsync(db, CommitmentWork.RequirePerson(user), id, ct);
        return session is null ? TypedResults.NotFound() : TypedResults.Ok(await CoachingViews.FullAsync(db, session, Instants.FromTimeProvider(time), ct));
    }

    public static async Task<List<CoachingSummary>> QueryAsync(BatonDb db, ClaimsPrincipal user, Guid? agentId, bool toReview, DateTime now,
        CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var sessions = db.CoachingSessions.AsNoTracking().AsSplitQuery();
        List<CoachingSession> found;
        if (toReview)
        {
            found = await sessions.Where(s => s.ReviewerId == me && s.Status == CoachingStatus.Disputed).ToListAsync(ct);
        }
        else if (agentId is { } agent)
        {
            if (agent != me && !await Leadership.IsLeadOfAsync(db, me, agent, ct))
            {
                throw new NotPermittedException("agentId", "You can read your own coaching history and that of the people you lead.");
            }
            found = await sessions.Where(s => s.AgentId == agent).ToListAsync(ct);
        }
        else
        {
            var led = await CoachingWork.LedPeopleAsync(db, me, ct);
            found = led is null
                ? await sessions.ToListAsync(ct)
                : await sessions.Where(s => s.AgentId == me || s.CoachId == me || s.ReviewerId == me || s.ReviewedById == me || led.Contains(s.AgentId))
                    .ToListAsync(ct);
        }
        return await CoachingViews.SummariesAsync(db, found, now, ct);
    }
}
