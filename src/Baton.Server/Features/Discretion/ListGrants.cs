using System.Globalization;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Discretion;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>The filters of the Grants page, its report and its CSV: who, which team, which gesture, when (requested), which status.</summary>
public sealed record GrantFilter(Guid? PersonId = null, Guid? TeamId = null, GestureType? Gesture = null, DateTime? From = null, DateTime? To = null,
    GrantStatus? Status = null);

/// <summary>
/// GET /api/v1/grants?personId=&amp;teamId=&amp;gesture=&amp;from=&amp;to=&amp;status=: grants the caller may see (their own; a lead's
/// team; a manager's everyone's), newest first. Without a period: the last 30 days.
/// </summary>
public static class ListGrants
{
    public static readonly TimeSpan DefaultPeriod = TimeSpan.FromDays(30);
    public static readonly TimeSpan MaximumPeriod = TimeSpan.FromDays(366);
    public const int MaxItems = 2000;

    public static async Task<Ok<List<GrantView>>> Handle(Guid? personId, Guid? teamId, GestureType? gesture, DateTime? from, DateTime? to,
        GrantStatus? status, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, user, new GrantFilter(personId, teamId, gesture, from, to, status), Instants.FromTimeProvider(time), ct));

    public static async Task<List<GrantView>> QueryAsync(BatonDb db, ClaimsPrincipal user, GrantFilter filter, DateTime now, CancellationToken ct)
    {
        var rows = await LoadAsync(db, user, filter, now, ct);
        return await GrantView.ViewsAsync(db, rows.Take(MaxItems).ToList(), ct);
    }

    /// <summary>The grants matching the filter that the user may see, newest first.</summary>
    public static async Task<List<GestureGrant>> LoadAsync(BatonDb db, ClaimsPrincipal user, GrantFilter filter, DateTime now, CancellationToken ct)
    {
        var (from, to) = PeriodOf(filter, now);
        var query = db.Set<GestureGrant>().AsNoTracking().Where(g => g.RequestedAt >= from && g.RequestedAt < to);
        if (await GrantVisibility.PeopleAsync(db, user, ct) is { } visible)
        {
            var ids = visible.ToList();
            query = query.Where(g => ids.Contains(g.RequesterId));
        }
        if (filter.PersonId is { } person)
        {
            query = query.Where(g => g.RequesterId == person);
        }
        if (filter.TeamId is { } team)
        {
            var members = await db.People.AsNoTracking().Where(p => p.TeamId == team).Select(p => p.Id).ToListAsync(ct);
            query = query.Where(g => members.Contains(g.RequesterId));
        }
        if (filter.Gesture is { } gesture)
        {
            query = query.Where(g => g.Gesture == gesture);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(g => g.Status == status);
        }
        return await query.OrderByDescending(g => g.RequestedAt).ThenByDescending(g => g.Id).ToListAsync(ct);
    }

    /// <summary>The period asked for (requested at from ≤ t &lt; to); the last 30 days when neither end is given.</summary>
    public static (DateTime From, DateTime To) PeriodOf(GrantFilter filter, DateTime now)
    {
        var to = filter.To is { } t ? Instants.Normalize(t) : filter.From is { } f0 ? Instants.Normalize(f0) + DefaultPeriod : now.AddTicks(10);
        var from = filter.From is { } f ? Instants.Normalize(f) : to - DefaultPeriod;
        if (to <= from)
        {
            throw new DomainException("to", "The end of the period must be after its start.");
        }
        if (to - from > MaximumPeriod)
        {
            throw new DomainException("to", string.Create(CultureInfo.InvariantCulture, $"A period can span at most {MaximumPeriod.TotalDays:0} days."));
        }
        return (from, to);
    }
}
