using Baton.Core.Commitments;
using Baton.Core.Metrics;
using static Baton.Core.Tests.Metrics.Facts;

namespace Baton.Core.Tests.Metrics;

public sealed class InteractionMetricsTests
{
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private static readonly TimeSpan HalfHour = TimeSpan.FromMinutes(30);

    [Fact]
    public void An_interaction_resolves_at_first_contact_when_no_contact_about_the_same_issue_follows_within_the_window()
    {
        var repeated = Call(Alice, Mar(3));
        var repeat = Call(Bob, Mar(5));
        var otherIssue = Call(Alice, Mar(3), customer: OtherCustomer);
        var otherIssueLater = Call(Alice, Mar(4), customer: OtherCustomer, issue: "firmware");
        var notMarkedResolved = Call(Alice, Mar(12), resolved: false, customer: OtherCustomer, issue: "invoice");

        var fcr = InteractionMetrics.FirstContactResolution([repeated, repeat, otherIssue, otherIssueLater, notMarkedResolved], March, Week, NoneExcluded);

        Assert.Equal((3, 5), (fcr.Numerator, fcr.Denominator));
        Assert.Equal(Ids(repeat, otherIssue, otherIssueLater), Sorted(fcr.NumeratorIds));
        Assert.Equal(Ids(repeated, repeat, otherIssue, otherIssueLater, notMarkedResolved), Sorted(fcr.ItemIds));
    }

    [Fact]
    public void A_later_contact_nobody_has_classified_yet_is_a_repeat_of_any_issue_of_that_customer()
    {
        var resolved = Call(Alice, Mar(3), issue: "refund");
        var unclassifiedCall = Call(Bob, Mar(4), resolved: false, issue: null);
        var otherResolved = Call(Alice, Mar(3), customer: OtherCustomer, issue: "refund");
        var classifiedOther = Call(Bob, Mar(4), customer: OtherCustomer, resolved: false, issue: "firmware");

        var fcr = InteractionMetrics.FirstContactResolution([resolved, unclassifiedCall, otherResolved, classifiedOther], March, Week, NoneExcluded,
            Scope.Person(Alice));

        Assert.Equal(Ids(otherResolved), Sorted(fcr.NumeratorIds));
        Assert.Equal(2, fcr.Denominator);
    }

    [Fact]
    public void A_repeat_exactly_at_the_end_of_the_window_counts_and_one_just_after_does_not()
    {
        var first = Call(Alice, Mar(10));
        var repeatAtWindowEnd = Call(Alice, Mar(17), resolved: false);
        var second = Call(Alice, Mar(10), customer: OtherCustomer);
        var repeatJustAfter = Call(Alice, Mar(17, 9, 1), customer: OtherCustomer, resolved: false);

        var fcr = InteractionMetrics.FirstContactResolution([first, repeatAtWindowEnd, second, repeatJustAfter], March, Week, NoneExcluded, Scope.Person(Alice));

        Assert.Equal(Ids(second), Sorted(fcr.NumeratorIds));
    }

    [Fact]
    public void A_repeat_contact_after_the_period_still_counts_and_an_excluded_one_is_not_judged_but_is_a_repeat()
    {
        var lastDay = Call(Alice, Mar(31, 12));
        var nextMonth = Call(Bob, To.AddDays(1));
        var excluded = Call(Alice, Mar(3), customer: OtherCustomer);
        var beforeExcluded = Call(Alice, Mar(2), customer: OtherCustomer);

        var fcr = InteractionMetrics.FirstContactResolution([lastDay, nextMonth, excluded, beforeExcluded], March, Week, Excluding(excluded.InteractionId));

        Assert.Equal(Ids(lastDay, beforeExcluded), Sorted(fcr.ItemIds));
        Assert.Equal(0.0, fcr.Value);
    }

    [Fact]
    public void No_interactions_means_no_data()
    {
        var fcr = InteractionMetrics.FirstContactResolution([Call(Alice, To)], March, Week, NoneExcluded);
        var handle = InteractionMetrics.HandleTime([], [], March, Week, HalfHour, NoneExcluded);
        var csat = InteractionMetrics.Csat([], [], March, NoneExcluded);

        Assert.Null(fcr.Value);
        Assert.Null(handle.Time.Value);
        Assert.Null(handle.Time.Median);
        Assert.Null(handle.FirstContactResolution.Value);
        Assert.Null(handle.KeptRate.Value);
        Assert.Null(handle.LongCallsResolved.Value);
        Assert.Null(csat.Score.Value);
        Assert.Null(csat.Satisfied.Value);
    }

    [Fact]
    public void Handle_time_carries_resolution_and_kept_rate_and_counts_a_long_call_that_resolved_the_issue_as_good()
    {
        var longResolved = Call(Alice, Mar(3), minutes: 45);
        var longRepeated = Call(Alice, Mar(4), minutes: 40, customer: OtherCustomer);
        var repeat = Call(Bob, Mar(6), minutes: 5, customer: OtherCustomer);
        var shortResolved = Call(Alice, Mar(5), minutes: 5, issue: "address");
        var kept = Closed(Alice, Outcome.Kept, Mar(5));
        var broken = Closed(Alice, Outcome.Broken, Mar(6));
        var bobsKept = Closed(Bob, Outcome.Kept, Mar(6));

        var figure = InteractionMetrics.HandleTime([longResolved, longRepeated, repeat, shortResolved], [kept, broken, bobsKept], March, Week, HalfHour,
            NoneExcluded, Scope.Person(Alice));

        Assert.Equal(TimeSpan.FromMinutes(30), figure.Time.Value);
        Assert.Equal(TimeSpan.FromMinutes(40), figure.Time.Median);
        Assert.Equal(Ids(longResolved, longRepeated, shortResolved), Sorted(figure.Time.ItemIds));
        Assert.Equal((2, 3), (figure.FirstContactResolution.Numerator, figure.FirstContactResolution.Denominator));
        Assert.Equal((1, 2), (figure.KeptRate.Numerator, figure.KeptRate.Denominator));
        Assert.Equal(HalfHour, figure.LongCall);
        Assert.Equal((1, 2), (figure.LongCallsResolved.Numerator, figure.LongCallsResolved.Denominator));
        Assert.Equal([longResolved.InteractionId], figure.LongCallsResolved.NumeratorIds);
    }

    [Fact]
    public void A_call_exactly_at_the_threshold_is_long()
    {
        var atThreshold = Call(Alice, Mar(3), minutes: 30);
        var justUnder = Call(Alice, Mar(3), minutes: 29, customer: OtherCustomer);

        var figure = InteractionMetrics.HandleTime([atThreshold, justUnder], [], March, Week, HalfHour, NoneExcluded);

        Assert.Equal([atThreshold.InteractionId], figure.LongCallsResolved.ItemIds);
        Assert.Equal(1.0, figure.LongCallsResolved.Value);
    }

    [Fact]
    public void Csat_belongs_to_the_person_who_handled_the_interaction_not_the_later_owner_of_the_case()
    {
        // Alice took the calls; the follow-up commitment later passed to Bob, who owns it at closing.
        var first = Call(Alice, Mar(3));
        var second = Call(Alice, Mar(4), customer: OtherCustomer);
        var third = Call(Alice, Mar(5), issue: "address");
        var bobsCall = Call(Bob, Mar(5), issue: "invoice");
        var outside = Call(Alice, To);
        var followUp = Closed(Bob, Outcome.Kept, Mar(6), kind: CommitmentKind.FollowUp);
        var interactions = new[] { first, second, third, bobsCall, outside };
        SurveyResponse[] surveys = [new(first.InteractionId, 5), new(second.InteractionId, 4), new(third.InteractionId, 2), new(outside.InteractionId, 1)];

        var alice = InteractionMetrics.Csat(interactions, surveys, March, NoneExcluded, Scope.Person(Alice));
        var bob = InteractionMetrics.Csat(interactions, surveys, March, NoneExcluded, Scope.Person(Bob));

        Assert.Equal(Bob, followUp.OwnerId);
        Assert.Equal((11.0, 3), (alice.Score.Numerator, alice.Score.Denominator));
        Assert.Equal(11.0 / 3, alice.Score.Value!.Value, 10);
        Assert.Equal((2, 3), (alice.Satisfied.Numerator, alice.Satisfied.Denominator));
        Assert.Equal(Ids(first, second), Sorted(alice.Satisfied.NumeratorIds));
        Assert.Equal(Ids(first, second, third), Sorted(alice.Score.ItemIds));
        Assert.Null(bob.Score.Value);
        Assert.Null(bob.Satisfied.Value);
    }

    [Fact]
    public void Csat_leaves_out_excluded_interactions_and_refuses_scores_outside_1_to_5_and_duplicates()
    {
        var call = Call(Alice, Mar(3));
        var excused = Call(Alice, Mar(3), customer: OtherCustomer);

        var csat = InteractionMetrics.Csat([call, excused], [new(call.InteractionId, 3), new(excused.InteractionId, 1)], March, Excluding(excused.InteractionId));

        Assert.Equal((3.0, 0.0), (csat.Score.Value!.Value, csat.Satisfied.Value!.Value));
        Assert.Equal("score", Assert.Throws<DomainException>(() => InteractionMetrics.Csat([call], [new(call.InteractionId, 0)], March, NoneExcluded)).Field);
        Assert.Equal("score", Assert.Throws<DomainException>(() => InteractionMetrics.Csat([call], [new(call.InteractionId, 6)], March, NoneExcluded)).Field);
        Assert.Equal("interactionId", Assert.Throws<DomainException>(() =>
            InteractionMetrics.Csat([call], [new(call.InteractionId, 5), new(call.InteractionId, 4)], March, NoneExcluded)).Field);
    }
}
