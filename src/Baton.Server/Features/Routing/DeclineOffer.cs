using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Timers;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>POST /api/v1/routing/offers/{id}/decline {reason?}: the offered person passes; the work goes to the next person, never back to them.</summary>
public static class DeclineOffer
{
    public sealed record Request(string? Reason);

    public static async Task<Results<Ok<OfferView>, NotFound>> Handle(Guid id, Request? request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request?.Reason, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<OfferView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid offerId, string? reason, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is { Length: > 500 })
        {
            throw new DomainException("reason", "A reason holds at most 500 characters.");
        }
        var offer = await db.WorkOffers.FirstOrDefaultAsync(o => o.Id == offerId, ct);
        if (offer is null || offer.PersonId != me)
        {
            return null;
        }
        var item = await db.WorkItems.SingleAsync(w => w.Id == offer.WorkItemId, ct);
        offer.Decline(me, now);
        item.Touch();
        await RoutingWork.RecordAsync(db, Actor.From(user), now, item, AuditEventType.WorkItemOfferDeclined, new { offerId = offer.Id, personId = me },
            null, reason, ct);
        await db.CancelAsync(offer.Id, RoutingPasses.OfferExpiryKind, now, ct);
        await RoutingPasses.RequestAsync(db, now, ct);
        RoutingWork.Tell(db, offer.Id, me);
        await db.SaveChangesAsync(ct);
        return (await RoutingViews.OffersAsync(db, [offer], ct)).Single();
    }
}
