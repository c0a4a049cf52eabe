using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Customers;

/// <summary>PUT /api/v1/customers/{id}: replaces name, phones, email and preferred contact times.</summary>
public static class UpdateCustomer
{
    public static async Task<Results<Ok<CustomerView>, NotFound>> Handle(Guid id, CreateCustomer.Request request, ClaimsPrincipal user, BatonDb db,
        TimeProvider time, CancellationToken ct)
    {
        var customer = await db.Customers.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (customer is null)
        {
            return TypedResults.NotFound();
        }
        var before = CustomerView.Of(customer);
        var phones = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            phones.Add(request.Phone);
        }
        phones.AddRange(request.Phones ?? []);
        customer.Update(request.Name ?? "", phones, request.Email, request.PreferredContactTimes);
        var after = CustomerView.Of(customer);
        await db.RecordAsync(Actor.From(user), Instants.FromTimeProvider(time), AuditTrail.SubjectOf("customer", customer.Id),
            AuditEventType.CustomerUpdated, before, after, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(after);
    }
}
