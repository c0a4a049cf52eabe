using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>GET /api/v1/routing/rules: every queue's rule, by queue name.</summary>
public static class ListRoutingRules
{
    public static Task<List<RoutingRuleView>> Handle(BatonDb db, CancellationToken ct) => QueryAsync(db, ct);

    public static async Task<List<RoutingRuleView>> QueryAsync(BatonDb db, CancellationToken ct) =>
        await RoutingViews.RulesAsync(db, await db.RoutingRules.AsNoTracking().ToListAsync(ct), ct);
}
