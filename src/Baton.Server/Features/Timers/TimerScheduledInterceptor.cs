using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Baton.Server.Features.Timers;

/// <summary>After a save that added timers, nudges the dispatcher so a near due instant is not slept through.</summary>
public sealed class TimerScheduledInterceptor(TimerSignal signal) : SaveChangesInterceptor
{
    private readonly AsyncLocal<bool> _added = new();

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _added.Value = eventData.Context?.ChangeTracker.Entries<ScheduledTimer>().Any(e => e.State == EntityState.Added) == true;
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (_added.Value)
        {
            signal.Nudge();
            _added.Value = false;
        }
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }
}
