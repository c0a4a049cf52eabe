using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Organization;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Interactions;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// POST /api/v1/telephony/events: one call-state change from the PBX, authenticated by an integration token and an
/// HMAC of the body. The event is stored under its delivery id (a redelivery changes nothing), the call's events are
/// reconciled in PBX-time order into its Interaction, and what the change asks for happens in the same transaction:
/// the agent's presence, a reconnect callback for a dropped call, a lead-owned callback for a call nobody answered.
/// Kept to a handful of indexed queries, because the PBX waits for the answer.
/// </summary>
public static class ReceiveCallEvent
{
    public const int MaxBodyBytes = 256 * 1024;
    private const int Attempts = 4;

    public sealed record Receipt(Guid InteractionId, string DeliveryId, bool Duplicate, CallStatus Status, Guid? CallbackId);

    public static async Task<Results<Ok<Receipt>, UnauthorizedHttpResult>> Handle(
        HttpRequest request, ClaimsPrincipal user, BatonDb db, IServiceScopeFactory scopes, TimeProvider time, TelephonyOptions options,
        PhoneNormalizer phones, LiveUpdates live, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        var tokenId = Guid.TryParse(user.FindFirstValue(Principals.TokenIdClaim), out var id) ? id : Guid.Empty;
        var secret = tokenId == Guid.Empty ? null
            : await db.ApiTokens.AsNoTracking().Where(t => t.Id == tokenId).Select(t => t.SigningSecret).FirstOrDefaultAsync(ct);
        if (!WebhookSignature.Verify(body, secret, request.Headers[WebhookSignature.Header]))
        {
            return TypedResults.Unauthorized();
        }
        var payload = CallEventPayload.Parse(body, request.Headers[CallEventPayload.DeliveryHeader], Instants.FromTimeProvider(time));
        var queue = await db.CallQueues.AsNoTracking().FirstOrDefaultAsync(q => q.Name == payload.Queue, ct)
            ?? throw new DomainException("queue", $"Queue '{payload.Queue}' is not defined in Baton: define it (PUT /api/v1/telephony/queues/{payload.Queue}) with the department that answers it.");
        var call = new Call(payload, queue, tokenId, Actor.From(user));

        // Two events of one call may be reconciled at once; the loser of the race (unique call id, interaction version,
        // audit sequence) starts again on a fresh context and then sees the winner's row.
        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var work = scope.ServiceProvider.GetRequiredService<BatonDb>();
            try
            {
                var (receipt, changes) = await ApplyAsync(work, call, Instants.FromTimeProvider(time), options, phones, ct);
                foreach (var change in changes)
                {
                    live.Publish(change);
                }
                return TypedResults.Ok(receipt);
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // retry
            }
        }
    }

    private sealed record Call(CallEventPayload Payload, CallQueue Queue, Guid TokenId, Actor Actor);

    private static async Task<byte[]> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            throw new BadHttpRequestException($"A call event is at most {MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                throw new BadHttpRequestException($"A call event is at most {MaxBodyBytes} bytes.", StatusCodes.Status413PayloadTooLarge);
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static async Task<(Receipt, List<LiveChange>)> ApplyAsync(BatonDb db, Call call, DateTime now, TelephonyOptions options,
        PhoneNormalizer phones, CancellationToken ct)
    {
        var p = call.Payload;
        var interaction = await db.Interactions.FirstOrDefaultAsync(i => i.CallId == p.CallId, ct);
        if (await db.CallEvents.AsNoTracking().AnyAsync(e => e.DeliveryId == p.DeliveryId, ct))
        {
            return (new Receipt(interaction?.Id ?? Guid.Empty, p.DeliveryId, true, interaction?.Status ?? CallStatus.Queued, interaction?.CallbackId), []);
        }
        var earlier = await db.CallEvents.AsNoTracking().Where(e => e.CallId == p.CallId).ToListAsync(ct);
        var record = p.ToRecord(call.TokenId, now);
        db.CallEvents.Add(record);
        var before = earlier.Count == 0 ? null : CallState.Reconcile(earlier.Select(e => e.ToEvent()));
        var after = CallState.Reconcile(earlier.Select(e => e.ToEvent()).Append(record.ToEvent()));

        var number = phones.ToE164(p.Caller);
        if (interaction is null)
        {
            var customerId = await CallerMatch.FindOrCreateAsync(db, number, call.Actor, now, ct);
            interaction = new Interaction(Guid.CreateVersion7(), p.CallId, p.Caller, number, call.Queue.Id, call.Queue.Name, customerId,
                await CallerMatch.OpenCaseAsync(db, customerId, ct), now);
            db.Interactions.Add(interaction);
        }
        var agent = after.Agent is null ? null
            : await db.People.FirstOrDefaultAsync(person => person.UserName == after.Agent.ToLowerInvariant(), ct);
        var queuedBefore = before is null ? (DateTime?)null : interaction.QueuedAt;
        interaction.Apply(after, earlier.Count + 1, agent?.Id, now);
        if (interaction.QueuedAt != queuedBefore)
        {
            // A new call may repeat the customer's earlier ones (first-contact resolution).
            await RepeatContactTracking.RefreshAsync(db, interaction, ct);
        }
        await CallRouting.FollowAsync(db, interaction, call.Queue, call.Actor, now, ct);
        await db.RecordAsync(call.Actor, now, AuditTrail.SubjectOf("interaction", interaction.Id),
            before is null ? AuditEventType.InteractionOpened : AuditEventType.CallEventApplied,
            before is null ? null : StateOf(before), StateOf(after) with { Event = p.Kind.WireName(), DeliveryId = p.DeliveryId }, null, ct);

        var changes = new List<LiveChange>();
        var followUp = CallFollowUps.Decide(before, after, interaction.CallbackId is not null, number ?? p.Caller, call.Queue.Name, options.Delays);
        if (followUp.AgentPresence is { } presence && agent is { Active: true } && agent.Presence != presence)
        {
            var was = agent.Presence;
            agent.ChangePresence(presence, now);
            await db.RecordAsync(call.Actor, now, AuditTrail.SubjectOf("person", agent.Id), AuditEventType.PresenceChanged,
                new { Presence = was }, new { agent.Presence }, $"Call {p.CallId}: {p.Kind.WireName()}", ct);
        }
        if (followUp.Callback is { } plan)
        {
            changes.AddRange(await PromiseCallbackAsync(db, call, interaction, plan, agent, now, ct));
        }
        await db.SaveChangesAsync(ct);
        var people = interaction.AgentId is { } agentId ? new[] { agentId } : [];
        changes.Add(new LiveChange("interaction", interaction.Id, people));
        return (new Receipt(interaction.Id, p.DeliveryId, false, interaction.Status, interaction.CallbackId), changes);
    }

    /// <summary>Stages the callback (owned by the agent, or by the queue department's on-duty lead) and its audit, timers and notice.</summary>
    private static async Task<List<LiveChange>> PromiseCallbackAsync(BatonDb db, Call call, Interaction interaction, CallbackPlan plan,
        Person? agent, DateTime now, CancellationToken ct)
    {
        if (interaction.CustomerId is not { } customerId)
        {
            interaction.NoCallback($"The caller ({interaction.Caller}) withheld their number, so nobody can call back.");
            return [];
        }
        var ownerId = plan.Owner == CallbackOwner.Agent && agent is { Active: true }
            ? agent.Id
            : await Leadership.OnDutyLeadAsync(db, call.Queue.DepartmentId, now, ct);
        if (ownerId is not { } owner)
        {
            interaction.NoCallback($"Nobody leads the department of queue {call.Queue.Name}, so the callback has no owner.");
            return [];
        }
        var why = plan.Owner == CallbackOwner.Agent && ownerId == agent?.Id
            ? $"Promised by Baton for call {interaction.CallId}: the call dropped while {agent.DisplayName} was talking with the customer, so they call back."
            : $"Promised by Baton for call {interaction.CallId} in queue {call.Queue.Name}: {plan.What} Owned by the department's on-duty lead, who may assign it.";
        var draft = new CommitmentDraft(Guid.CreateVersion7(), CommitmentKind.Callback, Promisee.Customer(customerId), now + plan.DueIn, plan.What);
        // Baton promises on the integration's behalf: the token is the actor, as for any integration's commitment.
        var (commitment, effects) = Commitment.Create(draft, new OwnerInfo(owner, true), call.TokenId, now, why);
        db.Commitments.Add(commitment);
        await CommitmentWork.RecordAsync(db, call.Actor, now, effects, ct);
        await CommitmentTimers.RescheduleAsync(db, commitment, now, ct);
        interaction.PromisedCallback(commitment.Id);
        await db.RecordAsync(call.Actor, now, AuditTrail.SubjectOf("interaction", interaction.Id), AuditEventType.InteractionCallbackPromised,
            null, new { CommitmentId = commitment.Id, OwnerId = owner, plan.Owner, commitment.Due }, why, ct);
        return [new LiveChange("commitment", commitment.Id, CommitmentWork.AffectedPeople(commitment, effects))];
    }

    private sealed record AuditedCall(string Status, DateTime QueuedAt, DateTime? AnsweredAt, DateTime? EndedAt, double? WaitSeconds,
        double? TalkSeconds, string? Agent, int? FailureCode, string? Event = null, string? DeliveryId = null);

    private static AuditedCall StateOf(CallState s) =>
        new(s.Status.ToString(), s.QueuedAt, s.AnsweredAt, s.EndedAt, s.WaitTime?.TotalSeconds, s.TalkTime?.TotalSeconds, s.Agent, s.FailureCode);
}
