using System.Security.Claims;
using Baton.Core;
using Baton.Core.Coaching;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// POST /api/v1/coaching {agentId, topic, scheduledAt, evidence: [...]}: a lead schedules a session with someone they lead,
/// with the facts to discuss captured as they are now. The agent is told.
/// </summary>
public static class ScheduleCoachingSession
{
    public sealed record Request(Guid? AgentId, string? Topic, DateTime? ScheduledAt, List<EvidenceRequest>? Evidence);

    public static async Task<Created<CoachingSessionView>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(request, user, db, time, ct);
        return TypedResults.Created($"/api/v1/coaching/{view.Id}", view);
    }

    public static async Task<CoachingSessionView> ExecuteAsync(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var coachId = CommitmentWork.RequirePerson(user);
        var now = Instants.FromTimeProvider(time);
        var agent = await CommitmentWork.PersonAsync(db, request.AgentId, "agentId", ct);
        if (!agent.Active)
        {
            throw new DomainException("agentId", "Only an active person can be coached.");
        }
        var leads = await Leadership.IsLeadOfAsync(db, coachId, agent.Id, ct);
        var evidence = await CoachingEvidenceCapture.CaptureAsync(db, agent.Id, request.Evidence, now, ct);
        var scheduledAt = CommitmentWork.Instant(request.ScheduledAt, "scheduledAt");
        var result = CoachingSession.Schedule(Guid.CreateVersion7(), coachId, agent.Id, leads, request.Topic, scheduledAt, evidence, now);
        db.CoachingSessions.Add(result.Session);
        await CoachingWork.RecordAsync(db, Actor.From(user), now, result.Session, result.Effects, ct);
        await db.SaveChangesAsync(ct);
        return await CoachingViews.FullAsync(db, result.Session, now, ct);
    }
}
