using Baton.Core.Customers;
using Baton.Server.Data;
using Baton.Server.Features.Timers;

namespace Baton.Server.Tests.Timers;

/// <summary>
/// A timer kind used only by these tests. Its effect is an ordinary row (a customer named after the timer) written in
/// the dispatcher's transaction, so "fired exactly once" is checked on committed data, not on a counter.
/// </summary>
public sealed class CreateCustomerTimer : ITimerHandler
{
    public const string KindName = "test.create-customer";

    public string Kind => KindName;

    public Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        if (timer.Payload == "fail")
        {
            throw new InvalidOperationException("This timer is set up to fail.");
        }
        db.Customers.Add(new Customer(Guid.CreateVersion7(), NameFor(timer), [], $"t{timer.Id}@timers.example", timer.Payload, now));
        return Task.CompletedTask;
    }

    public static string NameFor(ScheduledTimer timer) => $"timer {timer.Id}";
}
