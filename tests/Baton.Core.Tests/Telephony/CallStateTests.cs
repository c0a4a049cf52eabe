using Baton.Core.Telephony;
using CsCheck;

namespace Baton.Core.Tests.Telephony;

public sealed class CallStateTests
{
    private static readonly DateTime T0 = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    private static CallEvent At(CallEventKind kind, double seconds, string? agent = null, string? by = null, int? code = null) =>
        new(kind, T0.AddSeconds(seconds), agent, by, code);

    [Fact]
    public void An_answered_call_has_its_wait_and_talk_times_from_the_pbx_timestamps()
    {
        var state = CallState.Reconcile([
            At(CallEventKind.Queued, 0), At(CallEventKind.Ringing, 4), At(CallEventKind.Answered, 12.5, "agent"),
            At(CallEventKind.HungUp, 72.5, by: "+15550001")]);

        Assert.Equal(CallStatus.Completed, state.Status);
        Assert.Equal(TimeSpan.FromSeconds(12.5), state.WaitTime);
        Assert.Equal(TimeSpan.FromSeconds(60), state.TalkTime);
        Assert.Equal("agent", state.Agent);
        Assert.Equal("+15550001", state.HungUpBy);
    }

    [Fact]
    public void An_answer_that_arrives_before_its_queued_event_still_yields_the_right_wait()
    {
        var answeredFirst = CallState.Reconcile([At(CallEventKind.Answered, 30), At(CallEventKind.Queued, 5)]);

        Assert.Equal(CallStatus.Connected, answeredFirst.Status);
        Assert.Equal(T0.AddSeconds(5), answeredFirst.QueuedAt);
        Assert.Equal(TimeSpan.FromSeconds(25), answeredFirst.WaitTime);
        Assert.Null(answeredFirst.TalkTime);
    }

    [Fact]
    public void A_late_ringing_stamped_after_the_hangup_does_not_reopen_the_call()
    {
        var state = CallState.Reconcile([
            At(CallEventKind.Queued, 0), At(CallEventKind.Answered, 10), At(CallEventKind.HungUp, 40), At(CallEventKind.Ringing, 50)]);

        Assert.Equal(CallStatus.Completed, state.Status);
        Assert.Equal(TimeSpan.FromSeconds(30), state.TalkTime);
        Assert.Null(state.RingingAt);
        Assert.Equal(1, state.IgnoredAfterEnd);
    }

    [Fact]
    public void A_ringing_that_arrives_late_but_is_stamped_before_the_answer_is_placed_where_it_belongs()
    {
        var state = CallState.Reconcile([
            At(CallEventKind.Queued, 0), At(CallEventKind.Answered, 10), At(CallEventKind.HungUp, 40), At(CallEventKind.Ringing, 3)]);

        Assert.Equal(CallStatus.Completed, state.Status);
        Assert.Equal(T0.AddSeconds(3), state.RingingAt);
        Assert.Equal(0, state.IgnoredAfterEnd);
    }

    [Fact]
    public void Without_a_queued_event_the_earliest_event_starts_the_wait()
    {
        var state = CallState.Reconcile([At(CallEventKind.Answered, 8), At(CallEventKind.Ringing, 2)]);
        Assert.Equal(TimeSpan.FromSeconds(6), state.WaitTime);
    }

    [Fact]
    public void Events_with_the_same_timestamp_follow_the_call_lifecycle()
    {
        var state = CallState.Reconcile([At(CallEventKind.HungUp, 10), At(CallEventKind.Answered, 10), At(CallEventKind.Queued, 10)]);
        Assert.Equal(CallStatus.Completed, state.Status);
        Assert.Equal(TimeSpan.Zero, state.TalkTime);
    }

    [Fact]
    public void A_call_nobody_answered_ends_abandoned_and_its_wait_runs_to_the_end()
    {
        var abandoned = CallState.Reconcile([At(CallEventKind.Queued, 0), At(CallEventKind.Abandoned, 42)]);
        Assert.Equal(CallStatus.Abandoned, abandoned.Status);
        Assert.Equal(TimeSpan.FromSeconds(42), abandoned.WaitTime);
        Assert.Null(abandoned.TalkTime);

        var hungUpWhileQueued = CallState.Reconcile([At(CallEventKind.Queued, 0), At(CallEventKind.HungUp, 9, by: "+15550001")]);
        Assert.Equal(CallStatus.Abandoned, hungUpWhileQueued.Status);
    }

    [Fact]
    public void A_failed_call_keeps_its_sip_code()
    {
        var state = CallState.Reconcile([At(CallEventKind.Queued, 0), At(CallEventKind.Failed, 1, code: 486)]);
        Assert.Equal(CallStatus.Failed, state.Status);
        Assert.Equal(486, state.FailureCode);
    }

    [Fact]
    public void Holds_are_summed_and_a_hold_open_at_the_end_closes_with_it()
    {
        var state = CallState.Reconcile([
            At(CallEventKind.Queued, 0), At(CallEventKind.Answered, 5), At(CallEventKind.Held, 10), At(CallEventKind.Resumed, 25),
            At(CallEventKind.Held, 30), At(CallEventKind.Dropped, 38)]);

        Assert.Equal(CallStatus.Dropped, state.Status);
        Assert.Equal(TimeSpan.FromSeconds(23), state.HoldTime);
        Assert.Equal(TimeSpan.FromSeconds(33), state.TalkTime);
    }

    [Fact]
    public void Transfers_are_kept_with_their_target_and_the_new_agent_becomes_the_agent()
    {
        var state = CallState.Reconcile([
            new CallEvent(CallEventKind.Queued, T0, MenuOption: "2"),
            At(CallEventKind.Answered, 5, "ann"),
            new CallEvent(CallEventKind.Transferred, T0.AddSeconds(20), Agent: "bob", TargetQueue: "returns")]);

        var transfer = Assert.Single(state.Transfers);
        Assert.Equal("returns", transfer.ToQueue);
        Assert.Equal("bob", state.Agent);
        Assert.Equal("2", state.MenuOption);
        Assert.Equal(CallStatus.Connected, state.Status);
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_the_events_arrive_in()
    {
        var kinds = Enum.GetValues<CallEventKind>();
        var gen = Gen.Select(Gen.Int[0, kinds.Length - 1], Gen.Int[0, 120], Gen.Int[0, 2].Select(i => i == 0 ? null : i == 1 ? "ann" : "bob"))
            .Select((k, s, agent) => new CallEvent(kinds[k], T0.AddSeconds(s), agent, Code: kinds[k] == CallEventKind.Failed ? 486 : null))
            .Array[1, 8]
            .SelectMany(events => Gen.Shuffle(events.ToArray()).Select(shuffled => (events, shuffled)));

        gen.Sample(pair =>
        {
            // Events with the same instant and kind but other details are genuinely ambiguous; keep one per instant and kind.
            var distinct = pair.events.DistinctBy(e => (e.At, e.Kind)).ToList();
            // Identical copies of one event (a generated repeat) collapse to one, as in the in-order list.
            var shuffled = pair.shuffled.Where(distinct.Contains).DistinctBy(e => (e.At, e.Kind)).ToList();
            var inOrder = CallState.Reconcile(distinct);
            var outOfOrder = CallState.Reconcile(shuffled);
            return Same(inOrder, outOfOrder) && (inOrder.WaitTime ?? TimeSpan.Zero) >= TimeSpan.Zero && (inOrder.TalkTime ?? TimeSpan.Zero) >= TimeSpan.Zero;
        }, iter: 2000);
    }

    private static bool Same(CallState a, CallState b) =>
        a.Status == b.Status && a.QueuedAt == b.QueuedAt && a.AnsweredAt == b.AnsweredAt && a.EndedAt == b.EndedAt && a.WaitTime == b.WaitTime
        && a.TalkTime == b.TalkTime && a.HoldTime == b.HoldTime && a.FailureCode == b.FailureCode && a.Transfers.SequenceEqual(b.Transfers);
}
