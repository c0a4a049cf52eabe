using System.Globalization;
using Baton.Core;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.People;

/// <summary>GET /api/v1/shifts?from=&amp;to=&amp;personId=&amp;teamId=: the roster overlapping a window (default: yesterday to a week ahead).</summary>
public static class ListShifts
{
    /// <summary>Start and End are UTC; LocalStart and LocalEnd are the same instants in the shift's time zone.</summary>
    public sealed record ShiftView(Guid Id, Guid PersonId, string UserName, string DisplayName, Guid? TeamId, DateTime Start, DateTime End,
        string TimeZone, string? Label, DateTimeOffset LocalStart, DateTimeOffset LocalEnd);

    public static readonly TimeSpan MaximumWindow = TimeSpan.FromDays(93);

    public static async Task<Ok<List<ShiftView>>> Handle(BatonDb db, TimeProvider time, DateTime? from, DateTime? to, Guid? personId, Guid? teamId,
        CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, Instants.FromTimeProvider(time), from, to, personId, teamId, ct));

    public static async Task<List<ShiftView>> QueryAsync(BatonDb db, DateTime now, DateTime? from, DateTime? to, Guid? personId, Guid? teamId,
        CancellationToken ct)
    {
        var start = from is null ? now.AddDays(-1) : Instants.Normalize(from.Value);
        var end = to is null ? start.AddDays(8) : Instants.Normalize(to.Value);
        if (end <= start)
        {
            throw new DomainException("to", "The end of the window must be after its start.");
        }
        if (end - start > MaximumWindow)
        {
            throw new DomainException("to", string.Create(CultureInfo.InvariantCulture, $"The window can span at most {MaximumWindow.TotalDays:0} days."));
        }
        var rows = await (
            from s in db.Shifts.AsNoTracking()
            join p in db.People on s.PersonId equals p.Id
            where s.Start < end && start < s.End
                  && (personId == null || s.PersonId == personId)
                  && (teamId == null || p.TeamId == teamId)
            orderby s.Start, p.DisplayName
            select new { Shift = s, p.UserName, p.DisplayName, p.TeamId })
            .ToListAsync(ct);
        return rows.Select(r => ViewOf(r.Shift, r.UserName, r.DisplayName, r.TeamId)).ToList();
    }

    public static ShiftView ViewOf(Shift s, ListPeople.PersonView person) => ViewOf(s, person.UserName, person.DisplayName, person.TeamId);

    public static ShiftView ViewOf(Shift s, string userName, string displayName, Guid? teamId) =>
        new(s.Id, s.PersonId, userName, displayName, teamId, s.Start, s.End, s.TimeZone, s.Label,
            PeopleRules.InZone(s.Start, s.TimeZone), PeopleRules.InZone(s.End, s.TimeZone));
}
