using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>PUT /api/v1/people/{id}/presence: by the person themself, the lead of their team, or an admin. Inactive people stay Offline.</summary>
public static class ChangePresence
{
    public sealed record Request(Presence? Presence);

    public sealed record PresenceView(Guid PersonId, Presence Presence, DateTime Since);

    public static async Task<Results<Ok<PresenceView>, NotFound, ProblemHttpResult>> Handle(
        Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        try
        {
            var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
            return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
        }
        catch (ForbiddenException forbidden)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: forbidden.Message);
        }
    }

    public static async Task<bool> MayChangeAsync(BatonDb db, ClaimsPrincipal user, Guid personId, Guid? teamId, CancellationToken ct)
    {
        var me = Principals.PersonIdOf(user);
        if (user.HasRole(Role.Admin) || me == personId)
        {
            return true;
        }
        return me is not null && teamId is { } team && await db.Teams.AnyAsync(t => t.Id == team && t.LeadId == me, ct);
    }

    public static async Task<PresenceView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, Request request, CancellationToken ct)
    {
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return null;
        }
        if (!await MayChangeAsync(db, user, person.Id, person.TeamId, ct))
        {
            throw new ForbiddenException("Only the person, the lead of their team or an admin can change their presence.");
        }
        if (request.Presence is not { } presence || !Enum.IsDefined(presence))
        {
            throw new DomainException("presence", "A presence is required: Available, OnCall, WrapUp, Break or Offline.");
        }
        var before = person.Presence;
        person.ChangePresence(presence, now);
        if (before != person.Presence)
        {
            await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("person", person.Id), AuditEventType.PresenceChanged,
                new { Presence = before }, new { person.Presence }, null, ct);
            await db.SaveChangesAsync(ct);
        }
        return new PresenceView(person.Id, person.Presence, person.PresenceSince);
    }
}
