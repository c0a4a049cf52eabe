using Baton.Core.Customers;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Features.Interactions;

/// <summary>
/// Keeps <see cref="CustomerPhone"/> rows in step with every customer's numbers, in the same save that adds or changes
/// the customer, whoever saves it (the Customers API, the demo seed, a caller Baton did not know yet).
/// </summary>
public sealed class CustomerPhoneIndex(PhoneNormalizer phones) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is BatonDb db)
        {
            await FollowAsync(db, cancellationToken);
        }
        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is BatonDb db)
        {
            FollowAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    private async Task FollowAsync(BatonDb db, CancellationToken ct)
    {
        var changed = db.ChangeTracker.Entries<Customer>()
            .Where(e => e.State == EntityState.Added || (e.State == EntityState.Modified && e.Property(c => c.Phones).IsModified))
            .Select(e => (e.Entity, e.State))
            .ToList();
        foreach (var (customer, state) in changed)
        {
            var wanted = customer.Phones.Select(phones.ToE164).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var existing = state == EntityState.Added ? [] : await db.CustomerPhones.Where(p => p.CustomerId == customer.Id).ToListAsync(ct);
            db.CustomerPhones.RemoveRange(existing.Where(p => !wanted.Contains(p.Number)));
            db.CustomerPhones.AddRange(wanted.Where(n => existing.All(p => p.Number != n))
                .Select(n => new CustomerPhone { Id = Guid.CreateVersion7(), CustomerId = customer.Id, Number = n }));
        }
    }
}
