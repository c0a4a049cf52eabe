using System.Data.Common;
using System.Runtime.CompilerServices;
using Baton.Server.Features.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Infrastructure;

/// <summary>
/// Publishes live changes only once the data they announce is committed, so a view that reloads on the change sees it.
/// Every save that adds notifications queues a LiveChange("notification", id, [person]) per notification, whoever writes
/// them (commitment use cases, timer handlers, deactivation); code that stages changes inside someone else's transaction
/// (a timer handler) queues its own changes with <see cref="LiveAfterCommitExtensions.PublishAfterCommit"/>.
/// The queue is flushed after the transaction commits (or after the save, when no explicit transaction is open)
/// and dropped on a rollback or a failed save.
/// </summary>
public sealed class LiveAfterCommit(LiveUpdates live) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly ConditionalWeakTable<DbContext, List<LiveChange>> Pending = new();

    internal static void Queue(DbContext db, LiveChange change)
    {
        var list = Pending.GetOrCreateValue(db);
        lock (list)
        {
            list.Add(change);
        }
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        QueueNotifications(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        QueueNotifications(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        FlushUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        FlushUnlessInTransaction(eventData.Context);
        return result;
    }

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData.Context);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Flush(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    private static void QueueNotifications(DbContext? db)
    {
        if (db is null)
        {
            return;
        }
        foreach (var entry in db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added))
        {
            Queue(db, new LiveChange("notification", entry.Entity.Id, [entry.Entity.PersonId]));
        }
    }

    private void FlushUnlessInTransaction(DbContext? db)
    {
        if (db?.Database.CurrentTransaction is null)
        {
            Flush(db);
        }
    }

    private void Flush(DbContext? db)
    {
        if (db is null || !Pending.TryGetValue(db, out var list))
        {
            return;
        }
        LiveChange[] changes;
        lock (list)
        {
            changes = [.. list];
            list.Clear();
        }
        foreach (var change in changes)
        {
            live.Publish(change);
        }
    }

    private static void Drop(DbContext? db)
    {
        if (db is not null && Pending.TryGetValue(db, out var list))
        {
            lock (list)
            {
                list.Clear();
            }
        }
    }
}

public static class LiveAfterCommitExtensions
{
    /// <summary>Publishes the change once the context's current transaction (or next save) commits; dropped if it does not.</summary>
    public static void PublishAfterCommit(this DbContext db, LiveChange change) => LiveAfterCommit.Queue(db, change);
}
