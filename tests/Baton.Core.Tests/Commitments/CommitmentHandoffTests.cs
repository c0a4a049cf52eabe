using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentHandoffTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void HandOff_makes_the_receiver_owner_awaiting_acceptance_and_the_sender_a_watcher()
    {
        var commitment = _s.Promise(CommitmentKind.FollowUp);

        var effects = commitment.HandOff(Finance, Active(Fran), Alice, "Needs the bank details", actorIsLeadOfOwner: false, _s.Now);

        Assert.Equal(Fran, commitment.OwnerId);
        Assert.True(commitment.AwaitingAcceptance);
        Assert.Equal(Alice, commitment.HandedOffById);
        Assert.Equal(Finance, commitment.DepartmentId);
        Assert.Equal([Alice], commitment.Watchers);
        Assert.Equal(CommitmentStatus.Open, commitment.Status);
        Assert.Equal((Alice, Fran, CustodyReason.Reassigned), (commitment.Custody[^1].FromId!.Value, commitment.Custody[^1].ToId, commitment.Custody[^1].Reason));
        Assert.Equal(AuditEventType.CommitmentHandedOff, Assert.Single(effects.Audit).Type);
        Assert.Equal(Fran, Assert.Single(effects.Notifications).PersonId);
    }

    [Fact]
    public void Handing_off_an_escalation_records_it_as_escalated()
    {
        var commitment = _s.Promise(CommitmentKind.Escalation);

        commitment.HandOff(Finance, Active(Fran), Alice, null, actorIsLeadOfOwner: false, _s.Now);

        Assert.Equal(CustodyReason.Escalated, commitment.Custody[^1].Reason);
    }

    [Fact]
    public void HandOff_refusals_leave_it_unchanged()
    {
        var commitment = _s.Promise(CommitmentKind.FollowUp);

        Refusal.LeavesUnchanged<NotPermittedException>(commitment, () => commitment.HandOff(Finance, Active(Fran), Bob, null, false, _s.Now));
        Assert.Equal("receiverId", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.HandOff(Finance, Inactive(Fran), Alice, null, false, _s.Now)).Field);
        Assert.Equal("receiverId", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.HandOff(Finance, Active(Alice), Alice, null, false, _s.Now)).Field);
        Assert.Equal("departmentId", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.HandOff(Guid.Empty, Active(Fran), Alice, null, false, _s.Now)).Field);
    }

    [Fact]
    public void A_second_hand_off_while_one_waits_is_a_conflict()
    {
        var commitment = _s.HandedToFran();

        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.HandOff(Finance, Active(Bob), Fran, null, false, _s.Now));
    }

    [Fact]
    public void The_receiver_accepts_and_the_sender_keeps_watching()
    {
        var commitment = _s.HandedToFran();

        var effects = commitment.Accept(Fran, _s.Now);

        Assert.Equal(CommitmentStatus.Accepted, commitment.Status);
        Assert.False(commitment.AwaitingAcceptance);
        Assert.Null(commitment.HandedOffById);
        Assert.Equal(Finance, commitment.DepartmentId);
        Assert.Equal(Fran, commitment.OwnerId);
        Assert.Equal([Alice], commitment.Watchers);
        Assert.Equal("Accepted the hand-off", commitment.Timeline[^1].Text);
        Assert.Equal(AuditEventType.CommitmentAccepted, Assert.Single(effects.Audit).Type);
        Assert.Equal(Alice, Assert.Single(effects.Notifications).PersonId);
    }

    [Fact]
    public void Only_the_receiver_may_accept()
    {
        var commitment = _s.HandedToFran();

        Refusal.LeavesUnchanged<NotPermittedException>(commitment, () => commitment.Accept(Alice, _s.Now));
        Refusal.LeavesUnchanged<NotPermittedException>(commitment, () => commitment.Accept(Lena, _s.Now));
    }

    [Fact]
    public void Accepting_what_is_not_waiting_is_a_conflict()
    {
        var plain = _s.Promise();
        var accepted = _s.HandedToFran();
        accepted.Accept(Fran, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(plain, () => plain.Accept(Alice, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(accepted, () => accepted.Accept(Fran, _s.Now));
    }

    [Fact]
    public void A_rejection_returns_custody_to_the_sender_with_the_reason()
    {
        var commitment = _s.HandedToFran();
        _s.Advance(TimeSpan.FromMinutes(20));

        var effects = commitment.Reject(Active(Alice), "Finance does not handle store credit", Fran, actorIsLeadOfOwner: false, _s.Now);

        Assert.Equal(Alice, commitment.OwnerId);
        var returned = commitment.Custody[^1];
        Assert.Equal((Fran, Alice, CustodyReason.Returned, "Finance does not handle store credit"),
            (returned.FromId!.Value, returned.ToId, returned.Reason, returned.Note));
        Assert.False(commitment.AwaitingAcceptance);
        Assert.Null(commitment.HandedOffById);
        Assert.Null(commitment.DepartmentId);
        Assert.Equal([Alice], commitment.Watchers);
        Assert.Equal(TimelineEntryKind.Rejected, commitment.Timeline[^1].Kind);
        Assert.Contains("Finance does not handle store credit", commitment.Timeline[^1].Text, StringComparison.Ordinal);
        Assert.Equal("Finance does not handle store credit", Assert.Single(effects.Audit).Reason);
        Assert.Equal(Alice, Assert.Single(effects.Notifications).PersonId);
        CommitmentInvariants.Hold(commitment, _ => true);
    }

    [Fact]
    public void The_receivers_lead_may_reject()
    {
        var commitment = _s.HandedToFran();

        commitment.Reject(Active(Alice), "Wrong department", Lena, actorIsLeadOfOwner: true, _s.Now);

        Assert.Equal(Alice, commitment.OwnerId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_rejection_needs_a_reason(string reason)
    {
        var commitment = _s.HandedToFran();

        Assert.Equal("reason", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Reject(Active(Alice), reason, Fran, false, _s.Now)).Field);
    }

    [Fact]
    public void Reject_refusals_leave_it_unchanged()
    {
        var commitment = _s.HandedToFran();

        Refusal.LeavesUnchanged<NotPermittedException>(commitment, () => commitment.Reject(Active(Alice), "No", Stranger, false, _s.Now));
        Assert.Equal("senderId", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.Reject(Active(Bob), "No", Fran, false, _s.Now)).Field);
        var inactiveSender = Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.Reject(Inactive(Alice), "No", Fran, false, _s.Now));
        Assert.Equal("senderId", inactiveSender.Field);
        Assert.Contains("no longer active", inactiveSender.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_a_waiting_hand_off_can_be_rejected()
    {
        var plain = _s.Promise();
        var request = _s.RequestToBob();

        Refusal.LeavesUnchanged<ConflictException>(plain, () => plain.Reject(Active(Bob), "No", Alice, false, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(request, () => request.Reject(Active(Alice), "No", Bob, false, _s.Now));
    }

    [Fact]
    public void The_owner_acknowledges_a_logged_request()
    {
        var request = _s.RequestToBob();

        var effects = request.Accept(Bob, _s.Now);

        Assert.Equal(CommitmentStatus.Accepted, request.Status);
        Assert.False(request.AwaitingAcceptance);
        Assert.Equal("Acknowledged the request", request.Timeline[^1].Text);
        Assert.Equal(Alice, Assert.Single(effects.Notifications).PersonId);
    }

    [Fact]
    public void Work_waits_for_acceptance()
    {
        var commitment = _s.HandedToFran();

        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.NoAnswer, null, Fran, false, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.Close(Outcome.Kept, null, null, Fran, false, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.Renegotiate(Guid.NewGuid(), _s.In(TimeSpan.FromDays(5)), "Customer agreed", Fran, false, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.CloseUnreachable(null, Fran, false, null, _s.Now));
    }

    [Fact]
    public void ChooseReceiver_prefers_the_named_active_member_then_the_on_duty_lead()
    {
        var member = Active(Fran);
        var lead = Active(Lena);

        Assert.Equal(member, Commitment.ChooseReceiver(member, lead));
        Assert.Equal(lead, Commitment.ChooseReceiver(null, lead));
        Assert.Equal(lead, Commitment.ChooseReceiver(Inactive(Fran), lead));
        Assert.Equal("receiverId", Assert.Throws<DomainException>(() => Commitment.ChooseReceiver(null, null)).Field);
        Assert.Equal("receiverId", Assert.Throws<DomainException>(() => Commitment.ChooseReceiver(Inactive(Fran), Inactive(Lena))).Field);
    }
}
