using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>POST /api/v1/departments and PUT /api/v1/departments/{id} (Admin). Names are unique; the head must be an active person.</summary>
public static class SaveDepartment
{
    public sealed record Request(string? Name, string? TimeZone, Guid? HeadId);

    public static async Task<Created<ListDepartments.DepartmentView>> Create(
        Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), null, request, ct);
        return TypedResults.Created($"/api/v1/departments/{view!.Id}", view);
    }

    public static async Task<Results<Ok<ListDepartments.DepartmentView>, NotFound>> Update(
        Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    /// <summary>Creates when id is null, else updates; null when the department to update does not exist.</summary>
    public static async Task<ListDepartments.DepartmentView?> ExecuteAsync(
        BatonDb db, ClaimsPrincipal user, DateTime now, Guid? id, Request request, CancellationToken ct)
    {
        PeopleRules.RequireAdmin(user);
        Department department;
        object? before = null;
        if (id is null)
        {
            department = new Department(Guid.CreateVersion7(), request.Name ?? "", request.TimeZone ?? "");
        }
        else
        {
            var existing = await db.Departments.FirstOrDefaultAsync(d => d.Id == id, ct);
            if (existing is null)
            {
                return null;
            }
            department = existing;
            before = PeopleRules.Snapshot(department);
            department.Rename(request.Name ?? "");
            department.MoveTo(request.TimeZone ?? "");
        }
        await PeopleRules.RequireActivePersonAsync(db, request.HeadId, "headId", ct);
        department.AppointHead(request.HeadId);
        // Few rows, compared case-insensitively in memory: "finance" and "Finance" are the same department.
        var others = await db.Departments.Where(x => x.Id != department.Id).Select(x => x.Name).ToListAsync(ct);
        if (others.Any(n => string.Equals(n, department.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ConflictException("name", $"There is already a department named '{department.Name}'.");
        }
        if (id is null)
        {
            db.Departments.Add(department);
        }
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("department", department.Id),
            id is null ? AuditEventType.DepartmentCreated : AuditEventType.DepartmentUpdated, before, PeopleRules.Snapshot(department), null, ct);
        await db.SaveChangesAsync(ct);
        return await ListDepartments.Views(db, d => d.Id == department.Id).FirstAsync(ct);
    }
}
