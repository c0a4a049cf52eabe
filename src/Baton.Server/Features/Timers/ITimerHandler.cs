using Baton.Server.Data;

namespace Baton.Server.Features.Timers;

/// <summary>
/// Applies the pure decision for one kind of timer. It only stages changes on the given DbContext:
/// the dispatcher saves them together with the fired mark, in one transaction.
/// </summary>
public interface ITimerHandler
{
    string Kind { get; }

    Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct);
}
