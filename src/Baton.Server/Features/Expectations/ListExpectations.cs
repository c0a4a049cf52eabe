using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Expectations;

/// <summary>GET /api/v1/expectations: the current version of every expectation; anyone signed in may read them.</summary>
public static class ListExpectations
{
    public static async Task<Ok<List<ExpectationView>>> Handle(BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, ct));

    public static async Task<List<ExpectationView>> QueryAsync(BatonDb db, CancellationToken ct)
    {
        var rows = await db.Expectations.AsNoTracking().Where(e => e.RetiredAt == null).ToListAsync(ct);
        var views = await ExpectationView.ViewsAsync(db, rows, ct);
        return views.OrderBy(v => v.AppliesToKind).ThenBy(v => v.AppliesToName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(v => v.Metric, StringComparer.Ordinal).ToList();
    }
}
