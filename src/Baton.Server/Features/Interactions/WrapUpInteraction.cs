using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Interactions;

/// <summary>
/// POST /api/v1/interactions/{id}/wrap-up: the agent who handled an ended call says whether it resolved the issue and
/// what it was about. First-contact resolution and handle time on scorecards are read from this. A correction later
/// replaces the answer but keeps the after-call work measured the first time.
/// </summary>
public static class WrapUpInteraction
{
    public sealed record Request(bool? Resolved, string? Topic);

    public static async Task<Results<Ok<InteractionView>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    /// <summary>The wrapped-up interaction, or null when there is no such interaction.</summary>
    public static async Task<InteractionView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, Request request, CancellationToken ct)
    {
        var personId = Principals.PersonIdOf(user) ?? throw new NotPermittedException("user", "Only the agent who handled the call can wrap it up.");
        var interaction = await db.Interactions.FirstOrDefaultAsync(i => i.Id == id, ct);
        if (interaction is null)
        {
            return null;
        }
        var resolved = request.Resolved ?? throw new DomainException("resolved", "Say whether the call resolved the customer's issue.");
        var before = new { interaction.Resolved, interaction.Topic };
        interaction.WrapUp(personId, resolved, request.Topic, now);
        if (interaction.Topic != before.Topic)
        {
            await RepeatContactTracking.RefreshAsync(db, interaction, ct);
        }
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("interaction", interaction.Id), AuditEventType.InteractionWrappedUp,
            before.Resolved is null ? null : before, new { interaction.Resolved, interaction.Topic, interaction.WrapUpSeconds, interaction.HandleSeconds }, ct: ct);
        await db.SaveChangesAsync(ct);
        return (await InteractionView.ViewsAsync(db, [interaction], ct))[0];
    }
}
