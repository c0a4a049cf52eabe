using Baton.Core;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Interactions;

/// <summary>GET /api/v1/interactions?customerId=&amp;agentId=&amp;queue=&amp;status=&amp;take=: newest first; GET /api/v1/interactions/{id}: one with its events.</summary>
public static class FindInteractions
{
    public static async Task<Ok<List<InteractionView>>> List(BatonDb db, Guid? customerId, Guid? agentId, string? queue, CallStatus? status,
        int? take, CancellationToken ct)
    {
        if (take is < 1 or > 500)
        {
            throw new DomainException("take", "Take 1 to 500 interactions.");
        }
        var query = db.Interactions.AsNoTracking();
        if (customerId is { } customer)
        {
            query = query.Where(i => i.CustomerId == customer);
        }
        if (agentId is { } agent)
        {
            query = query.Where(i => i.AgentId == agent);
        }
        if (!string.IsNullOrWhiteSpace(queue))
        {
            query = query.Where(i => i.QueueName == queue.Trim());
        }
        if (status is { } s)
        {
            query = query.Where(i => i.Status == s);
        }
        var rows = await query.OrderByDescending(i => i.QueuedAt).ThenByDescending(i => i.Id).Take(take ?? 50).ToListAsync(ct);
        return TypedResults.Ok(await InteractionView.ViewsAsync(db, rows, ct));
    }

    public static async Task<Results<Ok<InteractionDetail>, NotFound>> Get(Guid id, BatonDb db, CancellationToken ct)
    {
        var interaction = await db.Interactions.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, ct);
        if (interaction is null)
        {
            return TypedResults.NotFound();
        }
        var events = await db.CallEvents.AsNoTracking().Where(e => e.CallId == interaction.CallId).ToListAsync(ct);
        var view = (await InteractionView.ViewsAsync(db, [interaction], ct))[0];
        return TypedResults.Ok(new InteractionDetail(view,
            events.OrderBy(e => e.At).ThenBy(e => e.Kind.LifecycleRank()).Select(CallEventView.Of).ToList(), interaction.Transcript));
    }
}
