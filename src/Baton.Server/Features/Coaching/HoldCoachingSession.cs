using System.Security.Claims;
using Baton.Core;
using Baton.Core.Coaching;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Timers;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// POST /api/v1/coaching/{id}/hold: the coach records what was discussed, the consequence (Reward, Repeat, ImprovementPlan with
/// goals, Release with a reason), action items for both sides and the agent's deadline. Each action item becomes an ActionItem
/// commitment owned by whoever promised it and owed to the other person, so it shows on the Desk, the Board and in scorecards.
/// The expectations in force for the agent are captured as evidence. A timer watches the acknowledgement deadline.
/// </summary>
public static class HoldCoachingSession
{
    public sealed record ActionItemRequest(ActionItemSide? Side, string? What, DateTime? Due);

    public sealed record Request(string? Notes, Consequence? Consequence, List<GoalInput>? Goals, string? Reason,
        List<ActionItemRequest>? ActionItems, DateTime? AcknowledgeBy, List<EvidenceRequest>? Evidence);

    public static async Task<Results<Ok<CoachingSessionView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, LiveUpdates live, CancellationToken ct)
    {
        var view = await ExecuteAsync(id, request, user, db, time, live, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<CoachingSessionView?> ExecuteAsync(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        LiveUpdates live, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var now = Instants.FromTimeProvider(time);
        var session = await CoachingWork.FindVisibleAsync(db, me, id, ct);
        if (session is null)
        {
            return null;
        }
        // Each side must be able to own its promises; checked before anything changes.
        var coach = await CommitmentWork.PersonAsync(db, session.CoachId, "coachId", ct);
        var agent = await CommitmentWork.PersonAsync(db, session.AgentId, "agentId", ct);
        var evidence = await CoachingEvidenceCapture.CaptureAsync(db, session.AgentId, request.Evidence, now, ct);
        var attached = session.Evidence.Select(e => e.Reference).Concat(evidence.Select(e => e.Reference)).ToHashSet(StringComparer.Ordinal);
        evidence.AddRange((await CoachingEvidenceCapture.ExpectationsInForceAsync(db, session.AgentId, ct)).Where(e => !attached.Contains(e.Reference)));
        var items = (request.ActionItems ?? []).Select(a => new ActionItemInput(Guid.CreateVersion7(), a?.Side, a?.What, a?.Due)).ToList();
        foreach (var (side, person) in new[] { (ActionItemSide.Coach, coach), (ActionItemSide.Agent, agent) })
        {
            if (!person.Active && items.Any(i => i.Side == side))
            {
                throw new DomainException("actionItems", $"The {side.ToString().ToLowerInvariant()} is no longer active and cannot own an action item.");
            }
        }

        var effects = session.Hold(me, request.Notes, new ConsequenceDecision(request.Consequence, request.Goals, request.Reason), items,
            request.AcknowledgeBy, evidence, now);

        var owners = new Dictionary<Guid, OwnerInfo> { [coach.Id] = coach, [agent.Id] = agent };
        var commitments = new List<Commitment>();
        var commitmentEffects = CommitmentEffects.None;
        foreach (var item in session.ActionItems)
        {
            var draft = new CommitmentDraft(item.CommitmentId, CommitmentKind.ActionItem, Promisee.Person(item.PromiseeId), item.Due, item.What);
            var created = Commitment.Create(draft, owners[item.OwnerId], me, now);
            db.Commitments.Add(created.Commitment);
            commitments.Add(created.Commitment);
            commitmentEffects = commitmentEffects.Then(created.Effects);
        }
        await CoachingWork.RecordAsync(db, Actor.From(user), now, session, effects, ct);
        db.Schedule(CoachingWork.AcknowledgementTimer, session.Id, session.AcknowledgeBy!.Value, now);
        await CommitmentWork.SaveAsync(db, live, user, now, commitmentEffects, commitments, ct);
        return await CoachingViews.FullAsync(db, session, now, ct);
    }
}
