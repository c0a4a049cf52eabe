using Baton.Core.Commitments;
using Baton.Core.Metrics;
using static Baton.Core.Tests.Metrics.Facts;

namespace Baton.Core.Tests.Metrics;

/// <summary>Facts read from commitments built through their own operations.</summary>
public sealed class CommitmentFactsTests
{
    private static readonly Guid Finance = Guid.Parse("00000000-0000-0000-0000-0000000000d1");
    private static readonly Guid Returns = Guid.Parse("00000000-0000-0000-0000-0000000000d2");
    private readonly MetricsScenario _s = new();

    [Fact]
    public void An_open_untouched_promise_has_no_outcome_acceptance_or_first_action()
    {
        var commitment = _s.Promise(Alice);

        var fact = CommitmentFacts.From(commitment);

        Assert.Equal((commitment.Id, CommitmentKind.Callback, Alice, commitment.CreatedAt, commitment.Due), (fact.Id, fact.Kind, fact.OwnerId, fact.CreatedAt, fact.Due));
        Assert.Equal((null, null, 0, null, null), (fact.Outcome, fact.ClosedAt, fact.Attempts, fact.Acceptance, fact.FirstAction));
    }

    [Fact]
    public void A_renegotiated_promise_and_its_successor_are_two_facts()
    {
        var old = _s.Promise(Alice);
        _s.Advance(TimeSpan.FromHours(1));
        var (next, _) = old.Renegotiate(Guid.NewGuid(), _s.Now + TimeSpan.FromDays(5), "The customer agreed to Friday", Alice, false, _s.Now);

        var (oldFact, nextFact) = (CommitmentFacts.From(old), CommitmentFacts.From(next));

        Assert.Equal((Outcome.Renegotiated, _s.Now), (oldFact.Outcome, oldFact.ClosedAt));
        Assert.Equal(new FirstAction(_s.Now, Alice), oldFact.FirstAction);
        Assert.Null(nextFact.Outcome);
        Assert.Equal(next.Due, nextFact.Due);
    }

    [Fact]
    public void Attempts_are_counted_and_the_first_one_is_the_first_action()
    {
        var commitment = _s.Promise(Alice);
        _s.Advance(TimeSpan.FromHours(1));
        var firstAt = _s.Now;
        commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.NoAnswer, null, Alice, false, _s.Now);
        _s.Advance(TimeSpan.FromHours(2));
        commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.Reached, null, Alice, false, _s.Now);
        commitment.Close(Outcome.Kept, null, null, Alice, false, _s.Now);

        var fact = CommitmentFacts.From(commitment);

        Assert.Equal(2, fact.Attempts);
        Assert.Equal(new FirstAction(firstAt, Alice), fact.FirstAction);
        Assert.Equal((Outcome.Kept, _s.Now), (fact.Outcome, fact.ClosedAt));
    }

    [Fact]
    public void A_hand_off_is_timed_from_its_custody_entry_to_its_acceptance()
    {
        var handedAt = _s.Now;
        var commitment = _s.HandOff(Alice, Fran, Finance);
        _s.Advance(TimeSpan.FromHours(2));
        commitment.Accept(Fran, _s.Now);

        var fact = CommitmentFacts.From(commitment);

        Assert.Equal(handedAt, commitment.Custody[^1].At);
        Assert.Equal(new HandoffAcceptance(handedAt, _s.Now, Fran), fact.Acceptance);
        Assert.Equal(new FirstAction(_s.Now, Fran), fact.FirstAction);
        Assert.Equal(Fran, fact.OwnerId);
    }

    [Fact]
    public void After_a_rejection_the_accepted_hand_off_is_the_one_timed()
    {
        var commitment = _s.HandOff(Alice, Fran, Finance);
        _s.Advance(TimeSpan.FromHours(1));
        commitment.Reject(new OwnerInfo(Alice, true), "This is a Returns matter", Fran, false, _s.Now);
        _s.Advance(TimeSpan.FromHours(1));
        var secondHandOff = _s.Now;
        commitment.HandOff(Returns, new OwnerInfo(Bob, true), Alice, null, false, _s.Now);
        _s.Advance(TimeSpan.FromMinutes(30));
        commitment.Accept(Bob, _s.Now);

        Assert.Equal(new HandoffAcceptance(secondHandOff, _s.Now, Bob), CommitmentFacts.From(commitment).Acceptance);
    }

    [Fact]
    public void A_department_member_taking_over_a_hand_off_is_the_one_who_accepted_it()
    {
        var handedAt = _s.Now;
        var commitment = _s.HandOff(Alice, Fran, Finance);
        _s.Advance(TimeSpan.FromMinutes(45));
        commitment.AcceptAsMember(new OwnerInfo(Lena, true), isMemberOfReceivingDepartment: true, _s.Now);

        var fact = CommitmentFacts.From(commitment);

        Assert.Equal(new HandoffAcceptance(handedAt, _s.Now, Lena), fact.Acceptance);
        Assert.Equal(new FirstAction(_s.Now, Lena), fact.FirstAction);
    }

    [Fact]
    public void An_acknowledged_request_is_not_a_hand_off()
    {
        var request = Commitment.LogRequest(Guid.NewGuid(), new OwnerInfo(Bob, true), Alice, _s.Now + TimeSpan.FromDays(1), "Send the price list", Alice, _s.Now).Commitment;
        _s.Advance(TimeSpan.FromMinutes(10));
        request.Accept(Bob, _s.Now);

        var fact = CommitmentFacts.From(request);

        Assert.Null(fact.Acceptance);
        Assert.Equal(new FirstAction(_s.Now, Bob), fact.FirstAction);
    }

    [Fact]
    public void The_first_action_on_an_escalation_is_credited_to_its_owner_at_that_moment()
    {
        var escalation = _s.Promise(Alice, CommitmentKind.Escalation);
        _s.Advance(TimeSpan.FromHours(1));
        escalation.Transfer(new OwnerInfo(Bob, true), CustodyReason.Reassigned, Alice, null, false, _s.Now);
        _s.Advance(TimeSpan.FromHours(2));
        escalation.RecordAttempt(AttemptChannel.Email, AttemptResult.Sent, null, Bob, false, _s.Now);

        var fact = CommitmentFacts.From(escalation);
        var response = CommitmentMetrics.EscalationResponse([fact], _s.Period, NoneExcluded, scope: Scope.Person(Bob));

        Assert.Equal(new FirstAction(_s.Now, Bob), fact.FirstAction);
        Assert.Equal(TimeSpan.FromHours(3), response.Median);
        Assert.Null(CommitmentMetrics.EscalationResponse([fact], _s.Period, NoneExcluded, scope: Scope.Person(Alice)).Median);
    }
}
