using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Core.Scheduling;
using static Baton.Core.Tests.Metrics.Facts;

namespace Baton.Core.Tests.Metrics;

public sealed class CommitmentTimingTests
{
    private static CommitmentFact Accepted(Guid acceptor, DateTime handedOffAt, TimeSpan after, CommitmentKind kind = CommitmentKind.Handoff) =>
        new(Guid.NewGuid(), kind, acceptor, handedOffAt, handedOffAt.AddDays(2), Acceptance: new HandoffAcceptance(handedOffAt, handedOffAt + after, acceptor));

    private static CommitmentFact Escalation(Guid owner, DateTime createdAt, TimeSpan? after) =>
        new(Guid.NewGuid(), CommitmentKind.Escalation, owner, createdAt, createdAt.AddDays(1),
            FirstAction: after is { } a ? new FirstAction(createdAt + a, owner) : null);

    [Fact]
    public void Hand_off_acceptance_time_median_p90_and_share_within_the_sla()
    {
        var minutes = new[] { 10, 20, 30, 40, 50, 60, 70, 80, 90, 600 };
        var handoffs = minutes.Select(m => Accepted(Fran, Mar(4), TimeSpan.FromMinutes(m))).ToList();

        var figure = CommitmentMetrics.HandoffAcceptance(handoffs, March, NoneExcluded, sla: TimeSpan.FromHours(1));

        Assert.Equal(TimeSpan.FromMinutes(55), figure.Time.Median);
        Assert.Equal(TimeSpan.FromMinutes(90), figure.Time.P90);
        Assert.Equal((6, 10, 0.6), (figure.WithinSla.Numerator, figure.WithinSla.Denominator, figure.WithinSla.Value));
        Assert.Equal(Sorted(handoffs.Take(6).Select(h => h.Id)), Sorted(figure.WithinSla.NumeratorIds));
        Assert.Equal(Sorted(handoffs.Select(h => h.Id)), Sorted(figure.Time.ItemIds));
    }

    [Fact]
    public void Hand_off_acceptance_can_count_business_time_only()
    {
        // Handed off Friday 16:00, accepted Monday 10:00: 66 hours on the clock, 2 business hours.
        var overWeekend = Accepted(Fran, Mar(14, 16), TimeSpan.FromHours(66));
        var office = BusinessCalendar.OfficeHours("UTC");

        var wallClock = CommitmentMetrics.HandoffAcceptance([overWeekend], March, NoneExcluded, TimeSpan.FromHours(4));
        var business = CommitmentMetrics.HandoffAcceptance([overWeekend], March, NoneExcluded, TimeSpan.FromHours(4), office.BusinessTimeBetween);

        Assert.Equal((TimeSpan.FromHours(66), 0.0), (wallClock.Time.Median!.Value, wallClock.WithinSla.Value!.Value));
        Assert.Equal((TimeSpan.FromHours(2), 1.0), (business.Time.Median!.Value, business.WithinSla.Value!.Value));
    }

    [Fact]
    public void Hand_offs_count_when_accepted_in_the_period_for_who_accepted_them_unless_excluded()
    {
        var acceptedAtEnd = Accepted(Fran, To.AddHours(-1), TimeSpan.FromHours(1));
        var handedBeforeAcceptedIn = Accepted(Fran, From.AddHours(-1), TimeSpan.FromHours(1));
        var byBob = Accepted(Bob, Mar(5), TimeSpan.FromMinutes(5));
        var excluded = Accepted(Fran, Mar(5), TimeSpan.FromDays(3));
        var neverAccepted = Open(Fran, Mar(20), CommitmentKind.Handoff);
        var all = new[] { acceptedAtEnd, handedBeforeAcceptedIn, byBob, excluded, neverAccepted };

        var fran = CommitmentMetrics.HandoffAcceptance(all, March, Excluding(excluded.Id), TimeSpan.FromHours(1), scope: Scope.Person(Fran));

        Assert.Equal(Ids(handedBeforeAcceptedIn), Sorted(fran.Time.ItemIds));
        Assert.Equal(1.0, fran.WithinSla.Value);
    }

    [Fact]
    public void No_accepted_hand_off_means_no_data()
    {
        var figure = CommitmentMetrics.HandoffAcceptance([Open(Fran, Mar(20), CommitmentKind.Handoff)], March, NoneExcluded, TimeSpan.FromHours(1));

        Assert.Null(figure.Time.Median);
        Assert.Null(figure.Time.P90);
        Assert.Null(figure.Time.Value);
        Assert.Null(figure.WithinSla.Value);
    }

    [Fact]
    public void Escalation_response_time_runs_from_creation_to_the_first_action()
    {
        var e1 = Escalation(Alice, Mar(3), TimeSpan.FromMinutes(15));
        var e2 = Escalation(Alice, Mar(3), TimeSpan.FromMinutes(45));
        var e3 = Escalation(Alice, Mar(3), TimeSpan.FromHours(4));
        var unanswered = Escalation(Alice, Mar(3), null);
        var callback = new CommitmentFact(Guid.NewGuid(), CommitmentKind.Callback, Alice, Mar(3), Mar(4), FirstAction: new FirstAction(Mar(3, 20), Alice));
        var answeredNextMonth = Escalation(Alice, Mar(31, 23), TimeSpan.FromHours(1));
        var excluded = Escalation(Alice, Mar(3), TimeSpan.FromDays(2));

        var figure = CommitmentMetrics.EscalationResponse([e1, e2, e3, unanswered, callback, answeredNextMonth, excluded], March, Excluding(excluded.Id));

        Assert.Equal(Ids(e1, e2, e3), Sorted(figure.ItemIds));
        Assert.Equal(TimeSpan.FromMinutes(45), figure.Median);
        Assert.Equal(TimeSpan.FromHours(4), figure.P90);
        Assert.Equal(TimeSpan.FromMinutes(100), figure.Value);
        Assert.Null(CommitmentMetrics.EscalationResponse([unanswered], March, NoneExcluded).Median);
    }

    [Fact]
    public void Sla_met_is_the_share_of_commitments_due_in_the_period_kept_by_their_due_time()
    {
        var keptOnTime = Closed(Alice, Outcome.Kept, Mar(9), dueDay: 10);
        var keptLate = Closed(Alice, Outcome.Kept, Mar(11), dueDay: 10);
        var broken = Closed(Alice, Outcome.Broken, Mar(9), dueDay: 10);
        var openPastDue = Open(Alice, Mar(10, 17));
        var openNotYetDue = Open(Alice, Mar(25));
        var renegotiated = Closed(Alice, Outcome.Renegotiated, Mar(9), dueDay: 10);
        var cancelled = Closed(Alice, Outcome.Cancelled, Mar(9), dueDay: 10);
        var excluded = Closed(Alice, Outcome.Broken, Mar(9), dueDay: 10);
        var dueAtPeriodEnd = Open(Alice, To);
        var dueBeforePeriod = Open(Alice, From.AddTicks(-10));
        var all = new[] { keptOnTime, keptLate, broken, openPastDue, openNotYetDue, renegotiated, cancelled, excluded, dueAtPeriodEnd, dueBeforePeriod };

        var figure = CommitmentMetrics.SlaMet(all, March, Excluding(excluded.Id), asOf: Mar(20));

        Assert.Equal((1, 4, 0.25), (figure.Numerator, figure.Denominator, figure.Value));
        Assert.Equal(Ids(keptOnTime, keptLate, broken, openPastDue), Sorted(figure.ItemIds));
        Assert.Equal([keptOnTime.Id], figure.NumeratorIds);
        Assert.Null(CommitmentMetrics.SlaMet([openNotYetDue], March, NoneExcluded, asOf: Mar(20)).Value);
    }

    [Fact]
    public void Sla_met_counts_for_the_owner_at_closing()
    {
        var bobs = Closed(Bob, Outcome.Kept, Mar(9), dueDay: 10);

        Assert.Equal(1.0, CommitmentMetrics.SlaMet([bobs], March, NoneExcluded, Mar(20), Scope.Person(Bob)).Value);
        Assert.Null(CommitmentMetrics.SlaMet([bobs], March, NoneExcluded, Mar(20), Scope.Person(Alice)).Value);
    }
}
