using System.Security.Claims;
using Baton.Core;
using Baton.Core.Routing;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>GET /api/v1/routing/offers/mine: the signed-in person's open offers that have not run out, soonest expiry first.</summary>
public static class MyOffers
{
    public static async Task<List<OfferView>> Handle(ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        await QueryAsync(db, CommitmentWork.RequirePerson(user), Instants.FromTimeProvider(time), ct);

    public static async Task<List<OfferView>> QueryAsync(BatonDb db, Guid personId, DateTime now, CancellationToken ct)
    {
        var offers = await db.WorkOffers.AsNoTracking()
            .Where(o => o.PersonId == personId && o.Status == OfferStatus.Open && o.ExpiresAt > now)
            .OrderBy(o => o.ExpiresAt).ToListAsync(ct);
        return await RoutingViews.OffersAsync(db, offers, ct);
    }
}
