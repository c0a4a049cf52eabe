using System.Security.Claims;
using Baton.Core;
using Baton.Core.Discretion;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>
/// GET /api/v1/grants/report (same filters as the list): totals per person and gesture, and per gesture, over the grants the
/// caller may see. Given = granted at once + approved; amounts are per currency.
/// </summary>
public static class GrantsReport
{
    public sealed record Totals(int Requests, int GrantedAtOnce, int Approved, int Pending, int Declined, decimal AmountGiven, decimal AmountAtOnce);

    public sealed record PersonRow(Guid PersonId, string PersonName, GestureType Gesture, string Currency, Totals Totals);

    public sealed record GestureRow(GestureType Gesture, string Currency, Totals Totals);

    public sealed record Report(DateTime From, DateTime To, IReadOnlyList<PersonRow> People, IReadOnlyList<GestureRow> Gestures);

    public static async Task<Ok<Report>> Handle(Guid? personId, Guid? teamId, GestureType? gesture, DateTime? from, DateTime? to, GrantStatus? status,
        ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, user, new GrantFilter(personId, teamId, gesture, from, to, status), Instants.FromTimeProvider(time), ct));

    public static async Task<Report> QueryAsync(BatonDb db, ClaimsPrincipal user, GrantFilter filter, DateTime now, CancellationToken ct)
    {
        var (from, to) = ListGrants.PeriodOf(filter, now);
        var grants = await ListGrants.LoadAsync(db, user, filter, now, ct);
        var ids = grants.Select(g => g.RequesterId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        // Amounts are summed in memory: SQLite cannot add decimals in SQL, and a period's grants are few.
        var people = grants.GroupBy(g => (g.RequesterId, g.Gesture, g.Currency))
            .Select(x => new PersonRow(x.Key.RequesterId, names.GetValueOrDefault(x.Key.RequesterId, "unknown"), x.Key.Gesture, x.Key.Currency, TotalsOf(x)))
            .OrderBy(r => r.PersonName, StringComparer.CurrentCulture).ThenBy(r => r.Gesture).ThenBy(r => r.Currency, StringComparer.Ordinal)
            .ToList();
        var gestures = grants.GroupBy(g => (g.Gesture, g.Currency))
            .Select(x => new GestureRow(x.Key.Gesture, x.Key.Currency, TotalsOf(x)))
            .OrderBy(r => r.Gesture).ThenBy(r => r.Currency, StringComparer.Ordinal)
            .ToList();
        return new Report(from, to, people, gestures);
    }

    private static Totals TotalsOf(IEnumerable<GestureGrant> grants)
    {
        var list = grants.ToList();
        return new Totals(list.Count, list.Count(g => g.Status == GrantStatus.Granted), list.Count(g => g.Status == GrantStatus.Approved),
            list.Count(g => g.Status == GrantStatus.Pending), list.Count(g => g.Status == GrantStatus.Declined),
            list.Where(g => g.IsGiven).Sum(g => g.Amount), list.Where(g => g.Status == GrantStatus.Granted).Sum(g => g.Amount));
    }
}
