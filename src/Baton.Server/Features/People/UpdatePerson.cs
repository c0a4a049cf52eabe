using System.Security.Claims;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>PUT /api/v1/people/{id} (Admin): replaces a person's name, e-mail, roles, team, skills and time zone; optionally sets a new password.</summary>
public static class UpdatePerson
{
    /// <summary>The user name never changes (it is how people sign in and how the audit trail names them).</summary>
    public sealed record Request(string? DisplayName, string? Email, IReadOnlyList<Role>? Roles, Guid? TeamId,
        IReadOnlyList<string>? Skills, string? TimeZone, string? Password = null);

    public static async Task<Results<Ok<ListPeople.PersonView>, NotFound>> Handle(
        Guid id, Request request, ClaimsPrincipal user, BatonDb db, IPasswordHasher<Person> hasher, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, hasher, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    /// <summary>Null when there is no such person.</summary>
    public static async Task<ListPeople.PersonView?> ExecuteAsync(
        BatonDb db, IPasswordHasher<Person> hasher, ClaimsPrincipal user, DateTime now, Guid id, Request request, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        var person = await db.People.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (person is null)
        {
            return null;
        }
        var before = PeopleRules.Snapshot(person);
        person.Rename(request.DisplayName ?? "");
        person.ChangeEmail(PeopleRules.RequireEmail(request.Email));
        person.AssignRoles(request.Roles ?? []);
        if (person.Id == Principals.PersonIdOf(user) && !person.HasRole(Role.Admin))
        {
            throw new DomainException("roles", "You cannot remove your own Admin role; ask another admin.");
        }
        person.SetSkills(PeopleRules.RequireSkills(request.Skills));
        person.MoveTo(request.TimeZone ?? "");
        await PeopleRules.RequireTeamAsync(db, request.TeamId, ct);
        person.JoinTeam(request.TeamId);
        var changePassword = !string.IsNullOrEmpty(request.Password);
        if (changePassword)
        {
            PeopleRules.RequirePassword(request.Password);
            person.SetPasswordHash(hasher.HashPassword(person, request.Password!));
        }

        var after = PeopleRules.Snapshot(person);
        var actor = Actor.From(user);
        var subject = AuditTrail.SubjectOf("person", person.Id);
        if (JsonSerializer.Serialize(before) != JsonSerializer.Serialize(after))
        {
            await db.RecordAsync(actor, now, subject, AuditEventType.PersonUpdated, before, after, null, ct);
        }
        if (changePassword)
        {
            await db.RecordAsync(actor, now, subject, AuditEventType.PasswordChanged, null, null, "set by an admin", ct);
        }
        await db.SaveChangesAsync(ct);
        return await ListPeople.Views(db, now, p => p.Id == person.Id).FirstAsync(ct);
    }
}
