using Baton.Core.Commitments;
using Baton.Core.Metrics;
using static Baton.Core.Tests.Metrics.Facts;

namespace Baton.Core.Tests.Metrics;

public sealed class PromiseRateTests
{
    [Fact]
    public void Kept_rate_is_kept_over_kept_and_broken_and_on_time_is_kept_by_the_due_time_over_kept()
    {
        var keptEarly = Closed(Alice, Outcome.Kept, Mar(9), dueDay: 10);
        var keptAtDue = Closed(Alice, Outcome.Kept, Mar(10, 17), dueDay: 10);
        var keptLate = Closed(Alice, Outcome.Kept, Mar(12), dueDay: 10);
        var broken = Closed(Alice, Outcome.Broken, Mar(11), dueDay: 10);

        var rates = CommitmentMetrics.KeptRate([keptEarly, keptAtDue, keptLate, broken], March, NoneExcluded);

        Assert.Equal((3, 4, 0.75), (rates.Kept.Numerator, rates.Kept.Denominator, rates.Kept.Value));
        Assert.Equal(Ids(keptEarly, keptAtDue, keptLate, broken), Sorted(rates.Kept.ItemIds));
        Assert.Equal(Ids(keptEarly, keptAtDue, keptLate), Sorted(rates.Kept.NumeratorIds));
        Assert.Equal((2, 3), (rates.OnTime.Numerator, rates.OnTime.Denominator));
        Assert.Equal(2.0 / 3, rates.OnTime.Value!.Value, 10);
        Assert.Equal(Ids(keptEarly, keptAtDue), Sorted(rates.OnTime.NumeratorIds));
    }

    [Fact]
    public void A_renegotiated_promise_is_not_broken_its_successor_counts_on_its_own()
    {
        var renegotiated = Closed(Alice, Outcome.Renegotiated, Mar(5), dueDay: 6);
        var successor = Closed(Alice, Outcome.Kept, Mar(9), dueDay: 10) with { CreatedAt = Mar(5) };

        var rates = CommitmentMetrics.KeptRate([renegotiated, successor], March, NoneExcluded);

        Assert.Equal(Ids(successor), Sorted(rates.Kept.ItemIds));
        Assert.Equal(1.0, rates.Kept.Value);
        Assert.Equal(1.0, rates.OnTime.Value);
    }

    [Fact]
    public void Agreed_cancellations_and_items_with_an_accepted_context_note_are_left_out()
    {
        var cancelled = Closed(Alice, Outcome.Cancelled, Mar(5));
        var brokenWithContext = Closed(Alice, Outcome.Broken, Mar(5));
        var kept = Closed(Alice, Outcome.Kept, Mar(5));

        var rates = CommitmentMetrics.KeptRate([cancelled, brokenWithContext, kept], March, Excluding(brokenWithContext.Id));

        Assert.Equal(Ids(kept), Sorted(rates.Kept.ItemIds));
        Assert.Equal(1.0, rates.Kept.Value);
    }

    [Fact]
    public void A_promise_counts_for_the_owner_at_closing_not_the_one_who_made_it()
    {
        // Built through the domain: Alice promised, then handed it over to Bob at shift end; Bob kept it.
        var s = new MetricsScenario();
        var commitment = s.Promise(Alice);
        s.Advance(TimeSpan.FromHours(4));
        commitment.Transfer(new OwnerInfo(Bob, true), CustodyReason.ShiftHandover, Alice, "Shift ends", false, s.Now);
        s.Advance(TimeSpan.FromHours(1));
        commitment.Close(Outcome.Kept, null, null, Bob, false, s.Now);
        var fact = CommitmentFacts.From(commitment);

        var forAlice = CommitmentMetrics.KeptRate([fact], s.Period, NoneExcluded, Scope.Person(Alice));
        var forBob = CommitmentMetrics.KeptRate([fact], s.Period, NoneExcluded, Scope.Person(Bob));

        Assert.Equal(Bob, fact.OwnerId);
        Assert.Null(forAlice.Kept.Value);
        Assert.Empty(forAlice.Kept.ItemIds);
        Assert.Equal(1.0, forBob.Kept.Value);
        Assert.Equal([commitment.Id], forBob.Kept.ItemIds);
    }

    [Fact]
    public void Promises_closed_just_outside_the_period_do_not_count()
    {
        var before = Closed(Alice, Outcome.Broken, From.AddTicks(-10));
        var atEnd = Closed(Alice, Outcome.Broken, To);
        var atStart = Closed(Alice, Outcome.Kept, From);
        var lastMoment = Closed(Alice, Outcome.Kept, To.AddTicks(-10), dueDay: 31);

        var rates = CommitmentMetrics.KeptRate([before, atEnd, atStart, lastMoment], March, NoneExcluded);

        Assert.Equal(Ids(atStart, lastMoment), Sorted(rates.Kept.ItemIds));
        Assert.Equal(1.0, rates.Kept.Value);
    }

    [Fact]
    public void An_empty_period_has_no_data_not_zero_percent()
    {
        var open = Open(Alice, Mar(10));
        var onlyRenegotiated = Closed(Alice, Outcome.Renegotiated, Mar(5));

        var rates = CommitmentMetrics.KeptRate([open, onlyRenegotiated], March, NoneExcluded);
        var keptButNothingKept = CommitmentMetrics.KeptRate([Closed(Alice, Outcome.Broken, Mar(5))], March, NoneExcluded);

        Assert.Null(rates.Kept.Value);
        Assert.Null(rates.OnTime.Value);
        Assert.Equal(0, rates.Kept.Denominator);
        Assert.Equal(0.0, keptButNothingKept.Kept.Value);
        Assert.Null(keptButNothingKept.OnTime.Value);
    }

    [Fact]
    public void Attempts_per_callback_is_the_mean_over_callbacks_closed_kept_or_broken()
    {
        var one = Closed(Alice, Outcome.Kept, Mar(5), attempts: 1);
        var four = Closed(Alice, Outcome.Broken, Mar(6), attempts: 4);
        var followUp = Closed(Alice, Outcome.Kept, Mar(6), kind: CommitmentKind.FollowUp, attempts: 9);
        var renegotiated = Closed(Alice, Outcome.Renegotiated, Mar(6), attempts: 2);
        var cancelled = Closed(Alice, Outcome.Cancelled, Mar(6), attempts: 0);
        var excluded = Closed(Alice, Outcome.Broken, Mar(6), attempts: 1);
        var nextMonth = Closed(Alice, Outcome.Kept, To, attempts: 7);

        var figure = CommitmentMetrics.AttemptsPerCallback([one, four, followUp, renegotiated, cancelled, excluded, nextMonth], March, Excluding(excluded.Id));

        Assert.Equal((5.0, 2, 2.5), (figure.Numerator, figure.Denominator, figure.Value));
        Assert.Equal(Ids(one, four), Sorted(figure.ItemIds));
        Assert.Null(CommitmentMetrics.AttemptsPerCallback([followUp], March, NoneExcluded).Value);
    }
}
