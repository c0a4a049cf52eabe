using System.Security.Claims;
using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Handover;

/// <summary>
/// POST /api/v1/handover/people/{personId} (Leader/Admin): runs the person's shift-end handover now instead of waiting for
/// the timer: on shift, the items due after their duty ends (and before their next shift) pass on; off shift, every open
/// item due before their next shift. Returns what happened to each item; 404 for an unknown person, 409 for an inactive one.
/// </summary>
public static class RunHandover
{
    public static async Task<Results<Ok<HandoverReport>, NotFound>> Handle(Guid personId, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.Active, p.DisplayName }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return TypedResults.NotFound();
        }
        if (!person.Active)
        {
            throw new ConflictException("personId", $"{person.DisplayName} is inactive and owns nothing to hand over.");
        }
        var shifts = await db.Shifts.AsNoTracking().Where(s => s.PersonId == personId && s.Start <= now && now < s.End).ToListAsync(ct);
        var shiftEnd = Roster.CurrentShift(shifts, now)?.End ?? now;
        var report = await ShiftHandover.StageAsync(db, Actor.From(user), personId, shiftEnd, now, onlyAtEndOfDuty: false, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(report!);
    }
}
