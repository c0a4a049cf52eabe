using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>GET /api/v1/people/{id}: one person with contact details, presence and their current and next shift.</summary>
public static class GetPerson
{
    public sealed record PersonDetails(ListPeople.PersonView Person, string? Email, DateTime PresenceSince,
        ListShifts.ShiftView? CurrentShift, ListShifts.ShiftView? NextShift);

    public static async Task<Results<Ok<PersonDetails>, NotFound>> Handle(Guid id, BatonDb db, TimeProvider time, CancellationToken ct) =>
        await QueryAsync(db, Instants.FromTimeProvider(time), id, ct) is { } details ? TypedResults.Ok(details) : TypedResults.NotFound();

    public static async Task<PersonDetails?> QueryAsync(BatonDb db, DateTime now, Guid id, CancellationToken ct)
    {
        var view = await ListPeople.Views(db, now, p => p.Id == id).FirstOrDefaultAsync(ct);
        if (view is null)
        {
            return null;
        }
        var contact = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => new { p.Email, p.PresenceSince }).FirstAsync(ct);
        // Shifts last at most 24 hours, so the current one started within the last day.
        var from = now.AddDays(-1);
        var shifts = await db.Shifts.AsNoTracking().Where(s => s.PersonId == id && s.End > from).OrderBy(s => s.Start).Take(50).ToListAsync(ct);
        var current = Roster.CurrentShift(shifts, now);
        var next = Roster.NextShift(shifts, now);
        return new PersonDetails(view, contact.Email, contact.PresenceSince,
            current is null ? null : ListShifts.ViewOf(current, view), next is null ? null : ListShifts.ViewOf(next, view));
    }
}
