using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>POST /api/v1/people/{id}/reactivate (Admin): the person may sign in again; they start Offline.</summary>
public static class ReactivatePerson
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
        if (person.Active)
        {
            throw new ConflictException("active", $"{person.DisplayName} is already active.");
        }
        person.Reactivate();
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("person", person.Id), AuditEventType.PersonReactivated,
            new { Active = false }, new { person.Active }, null, ct);
        await db.SaveChangesAsync(ct);
        return await ListPeople.Views(db, now, p => p.Id == person.Id).FirstAsync(ct);
    }
}
