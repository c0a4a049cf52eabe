using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>
/// POST /api/v1/people/{id}/deactivate (Admin): the person goes Offline and can no longer sign in or use tokens.
/// Their open commitments pass to active colleagues first; 409 when some have nobody to go to.
/// </summary>
public static class DeactivatePerson
{
    public static async Task<Results<Ok<ListPeople.PersonView>, NotFound>> Handle(
        Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<ListPeople.PersonView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return null;
        }
        if (person.Id == Principals.PersonIdOf(user))
        {
            throw new DomainException("id", "You cannot deactivate yourself; ask another admin.");
        }
        if (!person.Active)
        {
            throw new ConflictException("active", $"{person.DisplayName} is already inactive.");
        }
        // Nobody inactive holds an open commitment: hand them over first, or refuse (409) with nothing changed.
        await Handover.DeactivationHandover.StageAsync(db, user, person.Id, person.DisplayName, now, ct);
        var before = new { person.Active, person.Presence };
        person.Deactivate(now);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("person", person.Id), AuditEventType.PersonDeactivated,
            before, new { person.Active, person.Presence }, null, ct);
        await db.SaveChangesAsync(ct);
        return await ListPeople.Views(db, now, p => p.Id == person.Id).FirstAsync(ct);
    }
}
