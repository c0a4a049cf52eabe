using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>POST /api/v1/teams and PUT /api/v1/teams/{id} (Admin). Names are unique; the department must exist; the lead must be an active person.</summary>
public static class SaveTeam
{
    public sealed record Request(string? Name, Guid? DepartmentId, Guid? LeadId);

    public static async Task<Created<ListTeams.TeamView>> Create(
        Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), null, request, ct);
        return TypedResults.Created($"/api/v1/teams/{view!.Id}", view);
    }

    public static async Task<Results<Ok<ListTeams.TeamView>, NotFound>> Update(
        Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    /// <summary>Creates when id is null, else updates; null when the team to update does not exist.</summary>
    public static async Task<ListTeams.TeamView?> ExecuteAsync(
        BatonDb db, ClaimsPrincipal user, DateTime now, Guid? id, Request request, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        Team team;
        object? before = null;
        if (id is null)
        {
            team = new Team(Guid.CreateVersion7(), request.Name ?? "", request.DepartmentId ?? Guid.Empty);
        }
        else
        {
            var existing = await db.Teams.FirstOrDefaultAsync(t => t.Id == id, ct);
            if (existing is null)
            {
                return null;
            }
            team = existing;
            before = PeopleRules.Snapshot(team);
            team.Rename(request.Name ?? "");
        }
        await PeopleRules.RequireDepartmentAsync(db, request.DepartmentId, ct);
        team.MoveTo(request.DepartmentId!.Value);
        await PeopleRules.RequireActivePersonAsync(db, request.LeadId, "leadId", ct);
        team.AppointLead(request.LeadId);
        // Few rows, compared case-insensitively in memory: "tech desk" and "Tech Desk" are the same team.
        var others = await db.Teams.Where(x => x.Id != team.Id).Select(x => x.Name).ToListAsync(ct);
        if (others.Any(n => string.Equals(n, team.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConflictException("name", $"There is already a team named '{team.Name}'.");
        }
        if (id is null)
        {
            db.Teams.Add(team);
        }
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("team", team.Id),
            id is null ? AuditEventType.TeamCreated : AuditEventType.TeamUpdated, before, PeopleRules.Snapshot(team), null, ct);
        await db.SaveChangesAsync(ct);
        return await ListTeams.Views(db, t => t.Id == team.Id).FirstAsync(ct);
    }
}
