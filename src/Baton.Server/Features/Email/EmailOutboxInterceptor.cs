using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Features.Email;

/// <summary>
/// Wakes the sender once a save that queued (or re-queued) an email is committed: right after SaveChanges, or after the
/// surrounding transaction commits when there is one.
/// </summary>
public sealed class EmailOutboxInterceptor(EmailOutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, committed: eventData.Context?.Database.CurrentTransaction is null);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Release(eventData.Context, committed: eventData.Context?.Database.CurrentTransaction is null);
        return result;
    }

    public Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        Release(eventData.Context, committed: true);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        Release(eventData.Context, committed: true);

    private void Note(DbContext? context)
    {
        if (context is not null && context.ChangeTracker.Entries<OutboxEmail>()
                .Any(e => e.State is EntityState.Added or EntityState.Modified && e.Entity.Status == OutboxEmailStatus.Pending))
        {
            _pending.AddOrUpdate(context, true);
        }
    }

    private void Release(DbContext? context, bool committed)
    {
        if (committed && context is not null && _pending.Remove(context))
        {
            signal.Wake();
        }
    }
}
