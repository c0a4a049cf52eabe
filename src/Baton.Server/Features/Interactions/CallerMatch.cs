using Baton.Core.Audit;
using Baton.Core.Customers;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Customers;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Interactions;

/// <summary>Who is calling: the customer with the caller's E.164 number, or a new customer for a number Baton has not seen.</summary>
public static class CallerMatch
{
    /// <summary>The customer's id; null when the caller is not a phone number (withheld, a SIP user name).</summary>
    public static async Task<Guid?> FindOrCreateAsync(BatonDb db, string? number, Actor actor, DateTime now, CancellationToken ct)
    {
        if (number is null)
        {
            return null;
        }
        var known = await db.CustomerPhones.AsNoTracking().Where(p => p.Number == number)
            .OrderBy(p => p.Id).Select(p => (Guid?)p.CustomerId).FirstOrDefaultAsync(ct);
        if (known is not null)
        {
            return known;
        }
        var customer = new Customer(Guid.CreateVersion7(), $"Caller {number}", [number], null, null, now);
        db.Customers.Add(customer);
        await db.RecordAsync(actor, now, AuditTrail.SubjectOf("customer", customer.Id), AuditEventType.CustomerCreated, null,
            CustomerView.Of(customer), "First call from this number", ct);
        return customer.Id;
    }

    /// <summary>The customer's most recently changed open case, which the call is most likely about.</summary>
    public static Task<Guid?> OpenCaseAsync(BatonDb db, Guid? customerId, CancellationToken ct) =>
        customerId is { } id
            ? db.Cases.AsNoTracking().Where(c => c.CustomerId == id && c.ClosedAt == null)
                .OrderByDescending(c => c.UpdatedAt).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(ct)
            : Task.FromResult<Guid?>(null);
}
