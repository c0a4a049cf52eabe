using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.SchedulePreferences;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.SchedulePreferences;

/// <summary>
/// POST /api/v1/schedule-preferences/unavailability {personId?, from, to, reason}: days (inclusive, in the person's zone) the
/// person cannot work. Leads see a warning when they roster a shift over them. For yourself, or for someone you lead.
/// </summary>
public static class AddUnavailability
{
    public sealed record Request(Guid? PersonId, DateOnly? From, DateOnly? To, string? Reason);

    public static async Task<Results<Created<UnavailabilityView>, NotFound>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Created($"/api/v1/schedule-preferences/unavailability/{view.Id}", view);
    }

    public static async Task<UnavailabilityView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Request request, CancellationToken ct)
    {
        if (await PreferenceAccess.RequirePersonAsync(db, user, request.PersonId, ct) is not { } person)
        {
            return null;
        }
        var from = request.From ?? throw new DomainException("from", "Give the first day (YYYY-MM-DD).");
        var to = request.To ?? from;
        var unavailable = new Unavailability(Guid.CreateVersion7(), person.PersonId, from, to, request.Reason,
            PreferenceAccess.Today(now, person.TimeZone), now);
        db.Unavailabilities.Add(unavailable);
        var view = UnavailabilityView.Of(unavailable);
        await db.RecordAsync(Actor.From(user), now, PreferenceAccess.Subject(person.PersonId), AuditEventType.UnavailabilityAdded, null,
            new { view.Id, view.From, view.To, view.Reason }, view.Reason, ct);
        await db.SaveChangesAsync(ct);
        return view;
    }
}
