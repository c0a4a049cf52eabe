using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>PUT /api/v1/discretion/start-dates/{personId} {startedOn} (Manager or Admin): when the person started, for earned autonomy's tenure.</summary>
public static class RecordStartDate
{
    public sealed record Request(DateOnly? StartedOn);

    public sealed record StartDateView(Guid PersonId, DateOnly StartedOn);

    public static async Task<Results<Ok<StartDateView>, NotFound>> Handle(Guid personId, Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), personId, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<StartDateView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid personId, Request request, CancellationToken ct)
    {
        SavePolicy.RequireManager(user);
        if (!await db.People.AnyAsync(p => p.Id == personId, ct))
        {
            return null;
        }
        var started = request.StartedOn ?? throw new DomainException("startedOn", "Give the date the person started (YYYY-MM-DD).");
        if (started > DateOnly.FromDateTime(now) || started < new DateOnly(1950, 1, 1))
        {
            throw new DomainException("startedOn", "The start date cannot be in the future.");
        }
        var row = await db.Set<EmploymentStart>().FirstOrDefaultAsync(e => e.PersonId == personId, ct);
        var before = row is null ? null : new { row.StartedOn };
        if (row is null)
        {
            row = new EmploymentStart { PersonId = personId };
            db.Set<EmploymentStart>().Add(row);
        }
        row.StartedOn = started;
        row.RecordedAt = now;
        row.RecordedById = Principals.PersonIdOf(user);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("person", personId), AuditEventType.EmploymentStartRecorded,
            before, new { row.StartedOn }, null, ct);
        await db.SaveChangesAsync(ct);
        return new StartDateView(personId, started);
    }
}
