using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentCloseTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void Kept_closes_with_its_outcome_and_time()
    {
        var commitment = _s.Promise();
        commitment.AddWatcher(Lena, Alice, _s.Now);
        _s.Advance(TimeSpan.FromHours(3));

        var effects = commitment.Close(Outcome.Kept, "Refund confirmed", null, Alice, false, _s.Now);

        Assert.Equal(CommitmentStatus.Closed, commitment.Status);
        Assert.Equal(Outcome.Kept, commitment.Outcome);
        Assert.Equal("Refund confirmed", commitment.OutcomeReason);
        Assert.Equal(_s.Now, commitment.ClosedAt);
        Assert.Equal(TimelineEntryKind.Closed, commitment.Timeline[^1].Kind);
        Assert.Equal(AuditEventType.CommitmentClosed, Assert.Single(effects.Audit).Type);
        Assert.Equal(Lena, Assert.Single(effects.Notifications).PersonId);
        CommitmentInvariants.Hold(commitment, _ => true);
    }

    [Fact]
    public void Broken_needs_a_reason()
    {
        var commitment = _s.Promise();

        Assert.Equal("reason", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Close(Outcome.Broken, " ", null, Alice, false, _s.Now)).Field);

        commitment.Close(Outcome.Broken, "Forgot during a system outage", null, Alice, false, _s.Now);
        Assert.Equal(Outcome.Broken, commitment.Outcome);
        Assert.False(commitment.ClosedUnreachable);
    }

    [Fact]
    public void Cancelled_needs_a_reason_and_who_agreed()
    {
        var commitment = _s.Promise();

        Assert.Equal("reason", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Close(Outcome.Cancelled, null, "The customer", Alice, false, _s.Now)).Field);
        Assert.Equal("agreedBy", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Close(Outcome.Cancelled, "Customer resolved it", null, Alice, false, _s.Now)).Field);

        commitment.Close(Outcome.Cancelled, "Customer resolved it", "The customer, by phone", Alice, false, _s.Now);
        Assert.Equal(("Customer resolved it", "The customer, by phone"), (commitment.OutcomeReason, commitment.AgreedBy));
    }

    [Theory]
    [InlineData(Outcome.Kept)]
    [InlineData(Outcome.Broken)]
    public void Only_cancellations_record_who_agreed(Outcome outcome)
    {
        var commitment = _s.Promise();

        Assert.Equal("agreedBy", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Close(outcome, "Because", "The customer", Alice, false, _s.Now)).Field);
    }

    [Fact]
    public void Renegotiated_is_not_a_plain_close_and_unknown_outcomes_are_refused()
    {
        var commitment = _s.Promise();

        Assert.Equal("outcome", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Close(Outcome.Renegotiated, "Friday", "The customer", Alice, false, _s.Now)).Field);
        Assert.Equal("outcome", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Close((Outcome)9, "?", null, Alice, false, _s.Now)).Field);
    }

    [Fact]
    public void Nothing_closes_twice()
    {
        var commitment = _s.Promise();
        commitment.Close(Outcome.Kept, null, null, Alice, false, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.Close(Outcome.Kept, null, null, Alice, false, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.Close(Outcome.Broken, "x", null, Alice, false, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.CloseUnreachable(null, Alice, false, null, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.Renegotiate(Guid.NewGuid(), _s.In(TimeSpan.FromDays(3)), "x", Alice, false, _s.Now));
    }

    [Fact]
    public void Only_the_owner_or_their_lead_closes()
    {
        var commitment = _s.Promise();

        Refusal.LeavesUnchanged<NotPermittedException>(commitment, () => commitment.Close(Outcome.Kept, null, null, Bob, false, _s.Now));

        commitment.Close(Outcome.Kept, null, null, Lena, actorIsLeadOfOwner: true, _s.Now);
        Assert.Equal(Outcome.Kept, commitment.Outcome);
    }

    [Fact]
    public void A_waiting_hand_off_can_be_cancelled_by_agreement_without_accepting_it()
    {
        var commitment = _s.HandedToFran();

        commitment.Close(Outcome.Cancelled, "Customer withdrew the return", "The customer, by email", Fran, false, _s.Now);

        Assert.False(commitment.AwaitingAcceptance);
        Assert.Null(commitment.HandedOffById);
        CommitmentInvariants.Hold(commitment, _ => true);
    }

    [Fact]
    public void Closing_tells_a_person_promisee()
    {
        var request = _s.RequestToBob();
        request.Accept(Bob, _s.Now);

        var effects = request.Close(Outcome.Kept, null, null, Bob, false, _s.Now);

        Assert.Equal(Alice, Assert.Single(effects.Notifications).PersonId);
    }

    [Fact]
    public void Unreachable_needs_the_callback_policy_satisfied()
    {
        var commitment = _s.Promise();
        _s.Attempts(commitment,
            (TimeSpan.Zero, AttemptChannel.Phone, AttemptResult.NoAnswer),
            (TimeSpan.FromHours(2), AttemptChannel.Phone, AttemptResult.Voicemail));

        var refusal = Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.CloseUnreachable(null, Alice, false, null, _s.Now));

        Assert.Equal("attempts", refusal.Field);
        Assert.Contains("2 of 3 phone attempts made", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("no email or SMS after the last call", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unreachable_closes_as_broken_once_the_policy_is_satisfied()
    {
        var commitment = _s.Promise();
        _s.ExhaustCallbackPolicy(commitment);

        var effects = commitment.CloseUnreachable("Number rings out", Alice, false, null, _s.Now);

        Assert.Equal(Outcome.Broken, commitment.Outcome);
        Assert.True(commitment.ClosedUnreachable);
        Assert.Null(commitment.SignedOffById);
        Assert.Equal("Unreachable after 3 attempts: Number rings out", commitment.OutcomeReason);
        Assert.Contains("\"closedUnreachable\":true", Assert.Single(effects.Audit).After, StringComparison.Ordinal);
        CommitmentInvariants.Hold(commitment, _ => true);
    }

    [Fact]
    public void A_policy_requiring_sign_off_needs_a_lead()
    {
        var policy = AttemptPolicy.Callback with { RequiresLeadSignOff = true };
        var commitment = _s.Promise();
        _s.ExhaustCallbackPolicy(commitment);

        Assert.Equal("signedOffById", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.CloseUnreachable(null, Alice, false, null, _s.Now, policy)).Field);
        Assert.Equal("signedOffById", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.CloseUnreachable(null, Alice, false, new SignOff(Bob, IsLead: false), _s.Now, policy)).Field);

        commitment.CloseUnreachable(null, Alice, false, new SignOff(Lena, IsLead: true), _s.Now, policy);
        Assert.Equal(Lena, commitment.SignedOffById);
    }

    [Fact]
    public void Other_kinds_need_one_failed_attempt_to_close_as_unreachable()
    {
        var commitment = _s.Promise(CommitmentKind.FollowUp);

        Assert.Equal("attempts", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.CloseUnreachable(null, Alice, false, null, _s.Now)).Field);

        commitment.RecordAttempt(AttemptChannel.Email, AttemptResult.Sent, null, Alice, false, _s.Now);
        commitment.CloseUnreachable(null, Alice, false, null, _s.Now);
        Assert.True(commitment.ClosedUnreachable);
    }

    [Fact]
    public void Unreachable_in_the_promisees_time_zone()
    {
        // 10:00, 12:00 and 14:00 UTC are all morning in New York: not enough spread there.
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var commitment = _s.Promise();
        _s.Advance(TimeSpan.FromHours(1));
        _s.ExhaustCallbackPolicy(commitment);

        var refusal = Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.CloseUnreachable(null, Alice, false, null, _s.Now, timeZone: newYork));

        Assert.Contains("all attempts were in the morning", refusal.Message, StringComparison.Ordinal);
    }
}
