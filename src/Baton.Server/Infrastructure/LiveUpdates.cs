namespace Baton.Server.Infrastructure;

/// <summary>What changed, so open Desk and Board views can refresh without a reload.</summary>
public sealed record LiveChange(string Kind, Guid Id, IReadOnlyCollection<Guid> People);

/// <summary>
/// In-process publish/subscribe for live views. Interactive components subscribe for the life of their circuit.
/// One node only; several nodes would carry these over a backplane (Redis), which Baton does not need yet.
/// </summary>
public sealed class LiveUpdates(ILogger<LiveUpdates> logger)
{
    private readonly Lock _gate = new();
    private readonly List<Func<LiveChange, Task>> _subscribers = [];

    public IDisposable Subscribe(Func<LiveChange, Task> onChange)
    {
        lock (_gate)
        {
            _subscribers.Add(onChange);
        }
        return new Subscription(this, onChange);
    }

    public void Publish(LiveChange change)
    {
        Func<LiveChange, Task>[] targets;
        lock (_gate)
        {
            targets = [.. _subscribers];
        }
        foreach (var target in targets)
        {
            // Fire and forget: a slow or broken view must never delay or fail the change that was already committed.
            _ = Deliver(target, change);
        }
    }

    private async Task Deliver(Func<LiveChange, Task> target, LiveChange change)
    {
        try
        {
            await target(change);
        }
        catch (Exception ex)
        {
            logger.LogDebug(ex, "A live view failed to refresh after {Kind} {Id}", change.Kind, change.Id);
        }
    }

    private void Unsubscribe(Func<LiveChange, Task> onChange)
    {
        lock (_gate)
        {
            _subscribers.Remove(onChange);
        }
    }

    private sealed class Subscription(LiveUpdates owner, Func<LiveChange, Task> onChange) : IDisposable
    {
        public void Dispose() => owner.Unsubscribe(onChange);
    }
}
