using Baton.Core.Workflows;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Cases;

/// <summary>GET /api/v1/cases/{id} (state, current node with script/questions/buttons, timeline, custody, commitments) and GET /api/v1/cases?owner=&amp;status=.</summary>
public static class FindCases
{
    public static async Task<Results<Ok<CaseDetail>, NotFound>> Get(Guid id, BatonDb db, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(x => x.Id == id, ct);
        return c is null ? TypedResults.NotFound() : TypedResults.Ok(await CaseViews.FullAsync(db, c, ct));
    }

    public static async Task<Ok<List<CaseSummary>>> List(Guid? owner, WorkflowStatus? status, Guid? customer, int? take, BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, owner, status, customer, take, ct));

    public static async Task<List<CaseSummary>> QueryAsync(BatonDb db, Guid? owner, WorkflowStatus? status, Guid? customer, int? take, CancellationToken ct)
    {
        var query = db.Cases.AsNoTracking().IgnoreAutoIncludes();
        if (owner is { } o)
        {
            query = query.Where(c => c.OwnerId == o);
        }
        if (status is { } s)
        {
            query = query.Where(c => c.Status == s);
        }
        if (customer is { } cu)
        {
            query = query.Where(c => c.CustomerId == cu);
        }
        var rows = await query.OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id).Take(Math.Clamp(take ?? 100, 1, 500))
            .Select(c => new { c.Id, c.CustomerId, c.WorkflowKey, c.WorkflowVersion, c.OwnerId, c.Status, c.CurrentNodeId, c.EndOutcome, c.CreatedAt, c.ClosedAt, c.UpdatedAt })
            .ToListAsync(ct);
        var customerIds = rows.Select(r => r.CustomerId).Distinct().ToList();
        var ownerIds = rows.Select(r => r.OwnerId).Distinct().ToList();
        var customers = await db.Customers.AsNoTracking().Where(c => customerIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, ct);
        var owners = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        return rows.Select(r => new CaseSummary(r.Id, new CaseParty(r.CustomerId, customers.GetValueOrDefault(r.CustomerId) ?? "unknown customer"),
            r.WorkflowKey, r.WorkflowVersion, new CaseParty(r.OwnerId, owners.GetValueOrDefault(r.OwnerId) ?? "unknown"), r.Status.ToString(),
            r.CurrentNodeId, r.EndOutcome, r.CreatedAt, r.ClosedAt, r.UpdatedAt)).ToList();
    }
}
