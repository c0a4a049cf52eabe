using Baton.Core.Organization;
using Baton.Core.Telephony;

namespace Baton.Core.Tests.Telephony;

public sealed class CallFollowUpTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);
    private static readonly CallbackDelays Delays = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30));

    private static CallState Call(params (CallEventKind Kind, double Seconds)[] events) =>
        CallState.Reconcile(events.Select(e => new CallEvent(e.Kind, T0.AddSeconds(e.Seconds), Agent: "ann", Code: e.Kind == CallEventKind.Failed ? 486 : null)));

    private static CallFollowUp Decide(CallState? before, CallState after, bool promised = false) =>
        CallFollowUps.Decide(before, after, promised, "+15550001", "sales", Delays);

    [Fact]
    public void An_answered_call_puts_the_agent_on_call_and_its_end_puts_them_in_wrap_up()
    {
        var queued = Call((CallEventKind.Queued, 0));
        var answered = Call((CallEventKind.Queued, 0), (CallEventKind.Answered, 5));
        var ended = Call((CallEventKind.Queued, 0), (CallEventKind.Answered, 5), (CallEventKind.HungUp, 50));

        Assert.Equal(Presence.OnCall, Decide(queued, answered).AgentPresence);
        Assert.Null(Decide(answered, answered).AgentPresence);
        var end = Decide(answered, ended);
        Assert.Equal(Presence.WrapUp, end.AgentPresence);
        Assert.Null(end.Callback);
        Assert.Equal(CallFollowUp.None, Decide(ended, ended));
    }

    [Fact]
    public void A_connected_call_that_drops_gets_a_reconnect_owned_by_its_agent_due_in_minutes()
    {
        var answered = Call((CallEventKind.Queued, 0), (CallEventKind.Answered, 5));
        var dropped = Call((CallEventKind.Queued, 0), (CallEventKind.Answered, 5), (CallEventKind.Dropped, 20));

        var plan = Decide(answered, dropped).Callback!;
        Assert.Equal(CallbackOwner.Agent, plan.Owner);
        Assert.Equal(TimeSpan.FromMinutes(5), plan.DueIn);
        Assert.Contains("dropped while you were talking", plan.What, StringComparison.Ordinal);
        Assert.Null(Decide(answered, dropped, promised: true).Callback);
    }

    [Fact]
    public void Abandoned_and_failed_calls_get_a_callback_owned_by_the_queue_lead()
    {
        var queued = Call((CallEventKind.Queued, 0));
        var abandoned = Decide(queued, Call((CallEventKind.Queued, 0), (CallEventKind.Abandoned, 65))).Callback!;
        Assert.Equal(CallbackOwner.QueueLead, abandoned.Owner);
        Assert.Equal(TimeSpan.FromMinutes(30), abandoned.DueIn);
        Assert.Contains("after waiting 1 min 5 s", abandoned.What, StringComparison.Ordinal);

        var failed = Decide(null, Call((CallEventKind.Queued, 0), (CallEventKind.Failed, 1))).Callback!;
        Assert.Equal(CallbackOwner.QueueLead, failed.Owner);
        Assert.Contains("SIP 486: busy", failed.What, StringComparison.Ordinal);
    }

    [Fact]
    public void A_redelivered_end_changes_nothing()
    {
        var abandoned = Call((CallEventKind.Queued, 0), (CallEventKind.Abandoned, 10));
        Assert.Equal(CallFollowUp.None, Decide(abandoned, abandoned));
    }
}
