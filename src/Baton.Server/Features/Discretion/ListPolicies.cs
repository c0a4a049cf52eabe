using Baton.Core.Discretion;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>GET /api/v1/discretion/policies: every discretion policy, role policies first; anyone signed in may read them.</summary>
public static class ListPolicies
{
    public static async Task<Ok<List<PolicyView>>> Handle(BatonDb db, CancellationToken ct) => TypedResults.Ok(await QueryAsync(db, ct));

    public static async Task<List<PolicyView>> QueryAsync(BatonDb db, CancellationToken ct)
    {
        var rows = await db.Set<DiscretionPolicy>().AsNoTracking().ToListAsync(ct);
        var views = await PolicyView.ViewsAsync(db, rows, ct);
        return views.OrderBy(v => v.Gesture).ThenBy(v => v.HolderKind).ThenBy(v => v.HolderName, StringComparer.OrdinalIgnoreCase).ToList();
    }
}
