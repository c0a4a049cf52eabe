using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Expectations;

/// <summary>GET /api/v1/expectations/{key}/history: every version of one expectation, newest first.</summary>
public static class ExpectationHistory
{
    public static async Task<Results<Ok<List<ExpectationView>>, NotFound>> Handle(Guid key, BatonDb db, CancellationToken ct)
    {
        var rows = await db.Expectations.AsNoTracking().Where(e => e.Key == key).ToListAsync(ct);
        if (rows.Count == 0)
        {
            return TypedResults.NotFound();
        }
        var views = await ExpectationView.ViewsAsync(db, rows.OrderByDescending(e => e.Version).ToList(), ct);
        return TypedResults.Ok(views);
    }
}
