using Baton.Server.Data;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Routing;

/// <summary>
/// routing.pass (asked for after a change), routing.offer-expiry (an offer's time ran out) and routing.overflow (queued
/// work reached its overflow time) all run one routing pass: the router decides from the instant what has expired or
/// overflowed, so a timer that fires late or finds its offer already answered does no harm.
/// </summary>
public sealed class RoutingTimer(string kind) : ITimerHandler
{
    public string Kind => kind;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        await RoutingPass.RunAsync(db, now, ct);
    }
}
