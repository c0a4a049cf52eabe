using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>POST /api/v1/people (Admin): adds a person with a password, stored hashed.</summary>
public static class CreatePerson
{
    public sealed record Request(string? UserName, string? DisplayName, string? Email, IReadOnlyList<Role>? Roles, Guid? TeamId,
        IReadOnlyList<string>? Skills, string? TimeZone, string? Password);

    public static async Task<Created<ListPeople.PersonView>> Handle(
        Request request, ClaimsPrincipal user, BatonDb db, IPasswordHasher<Person> hasher, TimeProvider time, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var view = await ExecuteAsync(db, hasher, user, now, request, ct);
        return TypedResults.Created($"/api/v1/people/{view.Id}", view);
    }

    public static async Task<ListPeople.PersonView> ExecuteAsync(
        BatonDb db, IPasswordHasher<Person> hasher, ClaimsPrincipal user, DateTime now, Request request, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        var person = new Person(Guid.CreateVersion7(), request.UserName ?? "", request.DisplayName ?? "", request.Roles ?? [], request.TeamId,
            request.TimeZone ?? "", now);
        person.ChangeEmail(PeopleRules.RequireEmail(request.Email));
        person.SetSkills(PeopleRules.RequireSkills(request.Skills));
        PeopleRules.RequirePassword(request.Password);
        await PeopleRules.RequireTeamAsync(db, request.TeamId, ct);
        if (await db.People.AnyAsync(p => p.UserName == person.UserName, ct))
        {
            throw new ConflictException("userName", $"The user name '{person.UserName}' is already taken.");
        }
        person.SetPasswordHash(hasher.HashPassword(person, request.Password!));
        db.People.Add(person);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("person", person.Id), AuditEventType.PersonCreated,
            null, PeopleRules.Snapshot(person), null, ct);
        await db.SaveChangesAsync(ct);
        return await ListPeople.Views(db, now, p => p.Id == person.Id).FirstAsync(ct);
    }
}
