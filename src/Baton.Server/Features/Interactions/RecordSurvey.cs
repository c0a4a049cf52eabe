using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Interactions;

/// <summary>
/// POST /api/v1/interactions/{id}/survey (integration token): the survey system posts the customer's score (1–5) for a
/// call. The score is credited to the agent who handled the call. One score per call: a second one is refused (409).
/// </summary>
public static class RecordSurvey
{
    public sealed record Request(int? Score, string? Comment);

    public sealed record SurveyView(Guid InteractionId, Guid HandledById, DateTime InteractionAt, int Score, string? Comment, DateTime ReceivedAt)
    {
        public static SurveyView Of(InteractionSurvey s) => new(s.InteractionId, s.HandledById, s.InteractionAt, s.Score, s.Comment, s.ReceivedAt);
    }

    public static async Task<Results<Created<SurveyView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await ExecuteAsync(db, Actor.From(user), Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Created($"/api/v1/interactions/{id:D}", view);
    }

    /// <summary>The recorded score, or null when there is no such interaction.</summary>
    public static async Task<SurveyView?> ExecuteAsync(BatonDb db, Actor actor, DateTime now, Guid id, Request request, CancellationToken ct)
    {
        var interaction = await db.Interactions.AsNoTracking().Where(i => i.Id == id)
            .Select(i => new { i.AgentId, i.AnsweredAt, i.QueuedAt }).FirstOrDefaultAsync(ct);
        if (interaction is null)
        {
            return null;
        }
        if (interaction is not { AgentId: { } handler, AnsweredAt: not null })
        {
            throw new DomainException("interactionId", "Nobody answered this call, so there is nobody to credit the score to.");
        }
        var score = request.Score ?? throw new DomainException("score", "A score from 1 to 5 is required.");
        var survey = new InteractionSurvey(id, handler, interaction.QueuedAt, score, request.Comment, now);
        if (await db.InteractionSurveys.AnyAsync(s => s.InteractionId == id, ct))
        {
            throw new ConflictException("interactionId", "This call already has a satisfaction score.");
        }
        db.InteractionSurveys.Add(survey);
        await db.RecordAsync(actor, now, AuditTrail.SubjectOf("interaction", id), AuditEventType.InteractionSurveyRecorded, null,
            new { survey.Score, survey.HandledById }, ct: ct);
        await db.SaveChangesAsync(ct);
        return SurveyView.Of(survey);
    }
}
