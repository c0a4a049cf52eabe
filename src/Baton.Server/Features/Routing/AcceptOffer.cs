using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Core.Commitments;
using Baton.Core.Routing;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Cases;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Timers;
using Baton.Server.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// POST /api/v1/routing/offers/{id}/accept: the offered person takes the work, before the offer expires (409 after).
/// The work passes to them through the same domain operations as the commitment and case use cases, so custody holds:
/// a hand-off is accepted as a member of the receiving department (AcceptCommitment; after an overflow, its holder passes
/// it on and it is accepted), a due callback is passed to them from its owner, a case is passed to them from its former
/// owner (TransferCase), and an inbound call is recorded as theirs. One transaction for all of it.
/// </summary>
public static class AcceptOffer
{
    public static async Task<Results<Ok<OfferView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<OfferView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid offerId, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var offer = await db.WorkOffers.FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null || offer.PersonId != me)
        {
            return null;
        }
        var item = await db.WorkItems.SingleAsync(w => w.Id == offer.WorkItemId, ct);
        offer.Accept(me, now);
        item.Assign(me, now);
        await HandOverAsync(db, user, item, me, now, ct);
        (await RoutingQueue.ProfileAsync(db, me, ct)).NoteWork(now);
        await RoutingWork.RecordAsync(db, Actor.From(user), now, item, AuditEventType.WorkItemOfferAccepted, new { status = nameof(WorkItemStatus.Queued) },
            new { status = item.Status.ToString(), item.AssigneeId, offerId = offer.Id }, null, ct);
        await db.CancelAsync(offer.Id, RoutingPasses.OfferExpiryKind, now, ct);
        await RoutingPasses.RequestAsync(db, now, ct);
        RoutingWork.Tell(db, offer.Id, me);
        await db.SaveChangesAsync(ct);
        return (await RoutingViews.OffersAsync(db, [offer], ct)).Single();
    }

    private static async Task HandOverAsync(BatonDb db, ClaimsPrincipal user, WorkItem item, Guid me, DateTime now, CancellationToken ct)
    {
        switch (item.Kind)
        {
            case WorkItemKind.Handoff:
            case WorkItemKind.Callback:
                var commitment = await CommitmentWork.FindAsync(db, item.ReferenceId, ct)
                                 ?? throw new ConflictException("referenceId", "The commitment behind this work no longer exists.");
                var effects = await TakeCommitmentAsync(db, commitment, item.Kind, await CommitmentWork.PersonAsync(db, me, "actorId", ct), now, ct);
                await CommitmentWork.RecordAsync(db, user, now, effects, ct);
                await CommitmentTimers.RescheduleAsync(db, commitment, now, ct);
                db.PublishAfterCommit(new LiveChange("commitment", commitment.Id, CommitmentWork.AffectedPeople(commitment, effects)));
                break;
            case WorkItemKind.Case:
                var c = await CaseWork.FindAsync(db, item.ReferenceId, ct)
                        ?? throw new ConflictException("referenceId", "The case behind this work no longer exists.");
                var from = c.OwnerId;
                const string note = "Taken from the routing queue";
                c.Transfer(await CommitmentWork.PersonAsync(db, me, "actorId", ct), CaseCustodyReason.Reassigned, from, actorIsLeadOfOwner: false, note, now);
                await db.RecordAsync(Actor.From(user), now, CaseWork.SubjectOf(c.Id), AuditEventType.CaseTransferred, new { ownerId = from },
                    new { ownerId = me, reason = nameof(CaseCustodyReason.Reassigned) }, note, ct);
                db.PublishAfterCommit(new LiveChange("case", c.Id, [from, me]));
                break;
            case WorkItemKind.InboundCall:
                // The assignment is the record; telephony connects the call to the person.
                break;
            default:
                throw new InvalidOperationException($"Unknown kind of work {item.Kind}.");
        }
    }

    /// <summary>
    /// A member of the receiving department accepts a hand-off as such. Otherwise (an overflowed hand-off, a due callback)
    /// the current holder passes it to the person, who acknowledges it at once if it was waiting for acceptance.
    /// </summary>
    private static async Task<CommitmentEffects> TakeCommitmentAsync(BatonDb db, Commitment c, WorkItemKind kind, OwnerInfo me, DateTime now,
        CancellationToken ct)
    {
        if (kind == WorkItemKind.Handoff && c.DepartmentId is { } department && await Leadership.IsActiveMemberAsync(db, me.Id, department, ct))
        {
            return c.AcceptAsMember(me, true, now);
        }
        var note = kind == WorkItemKind.Handoff ? "Taken from the routing queue after it overflowed" : "Due callback taken from the routing queue";
        var transferred = c.Transfer(me, CustodyReason.Reassigned, c.OwnerId, note, actorIsLeadOfOwner: false, now);
        return c.AwaitingAcceptance ? transferred.Then(c.Accept(me.Id, now)) : transferred;
    }
}
