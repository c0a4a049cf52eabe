using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Customers;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Customers;

/// <summary>POST /api/v1/customers {name, phone | phones, email, preferredContactTimes} → {id, …}.</summary>
public static class CreateCustomer
{
    public sealed record Request(string? Name, string? Phone, List<string>? Phones, string? Email, string? PreferredContactTimes);

    public static async Task<Created<CustomerView>> Handle(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var phones = new List<string>();
        if (!string.IsNullOrWhiteSpace(request.Phone))
        {
            phones.Add(request.Phone);
        }
        phones.AddRange(request.Phones ?? []);
        var customer = new Customer(Guid.CreateVersion7(), request.Name ?? "", phones, request.Email, request.PreferredContactTimes, now);
        db.Customers.Add(customer);
        var view = CustomerView.Of(customer);
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("customer", customer.Id), AuditEventType.CustomerCreated, null, view, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/customers/{customer.Id}", view);
    }
}

public sealed record CustomerView(Guid Id, string Name, string? Phone, IReadOnlyList<string> Phones, string? Email, string? PreferredContactTimes, DateTime CreatedAt)
{
    public static CustomerView Of(Customer c) => new(c.Id, c.Name, c.Phones.FirstOrDefault(), c.Phones, c.Email, c.PreferredContactTimes, c.CreatedAt);
}
