using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Customers;

/// <summary>GET /api/v1/customers?search=: by name, email or phone; GET /api/v1/customers/{id}.</summary>
public static class FindCustomers
{
    public static async Task<Ok<List<CustomerView>>> Search(BatonDb db, string? search, int? take, CancellationToken ct)
    {
        var query = db.Customers.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            var lower = s.ToLowerInvariant();
#pragma warning disable CA1304 // ToLower() here is translated to SQL lower(); no client culture is involved.
            query = query.Where(c => c.Name.ToLower().Contains(lower) || (c.Email != null && c.Email.ToLower().Contains(lower))
                                     || c.Phones.Any(p => p.Contains(s)));
#pragma warning restore CA1304
        }
        var customers = await query.OrderBy(c => c.Name).Take(Math.Clamp(take ?? 50, 1, 500)).ToListAsync(ct);
        return TypedResults.Ok(customers.Select(CustomerView.Of).ToList());
    }

    public static async Task<Results<Ok<CustomerView>, NotFound>> Get(Guid id, BatonDb db, CancellationToken ct)
    {
        var customer = await db.Customers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        return customer is null ? TypedResults.NotFound() : TypedResults.Ok(CustomerView.Of(customer));
    }
}
