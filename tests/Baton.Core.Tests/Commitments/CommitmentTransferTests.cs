using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentTransferTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void Owner_transfers_and_custody_continues_from_them()
    {
        var commitment = _s.Promise();
        _s.Advance(TimeSpan.FromHours(1));

        var effects = commitment.Transfer(Active(Bob), CustodyReason.ShiftHandover, Alice, "End of my shift", actorIsLeadOfOwner: false, _s.Now);

        Assert.Equal(Bob, commitment.OwnerId);
        Assert.Equal(2, commitment.Version);
        var transfer = commitment.Custody[^1];
        Assert.Equal((Alice, Bob, CustodyReason.ShiftHandover, Alice, _s.Now, "End of my shift"),
            (transfer.FromId!.Value, transfer.ToId, transfer.Reason, transfer.ActorId, transfer.At, transfer.Note));
        Assert.Equal(2, transfer.Sequence);
        Assert.Equal(TimelineEntryKind.Transferred, commitment.Timeline[^1].Kind);
        var audit = Assert.Single(effects.Audit);
        Assert.Equal(AuditEventType.CommitmentTransferred, audit.Type);
        Assert.Contains(Alice.ToString("D"), audit.Before, StringComparison.Ordinal);
        Assert.Contains(Bob.ToString("D"), audit.After, StringComparison.Ordinal);
        Assert.Equal(Bob, Assert.Single(effects.Notifications).PersonId);
        CommitmentInvariants.Hold(commitment, _ => true);
    }

    [Fact]
    public void The_owners_lead_may_transfer_and_the_previous_owner_is_told()
    {
        var commitment = _s.Promise();

        var effects = commitment.Transfer(Active(Bob), CustodyReason.Reassigned, Lena, null, actorIsLeadOfOwner: true, _s.Now);

        Assert.Equal(Bob, commitment.OwnerId);
        Assert.Equal(Alice, commitment.Custody[^1].FromId);
        Assert.Equal(Lena, commitment.Custody[^1].ActorId);
        Assert.Equal([Bob, Alice], effects.Notifications.Select(n => n.PersonId));
    }

    [Fact]
    public void Someone_else_may_not_transfer()
    {
        var commitment = _s.Promise();

        var refusal = Refusal.LeavesUnchanged<NotPermittedException>(commitment,
            () => commitment.Transfer(Active(Bob), CustodyReason.Reassigned, Bob, null, actorIsLeadOfOwner: false, _s.Now));

        Assert.Equal("actorId", refusal.Field);
    }

    [Fact]
    public void Transfer_refuses_an_inactive_target()
    {
        var commitment = _s.Promise();

        var refusal = Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Transfer(Inactive(Bob), CustodyReason.Reassigned, Alice, null, actorIsLeadOfOwner: false, _s.Now));

        Assert.Equal("toId", refusal.Field);
    }

    [Fact]
    public void Transfer_refuses_the_current_owner_as_target()
    {
        var commitment = _s.Promise();

        Assert.Equal("toId", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Transfer(Active(Alice), CustodyReason.Reassigned, Alice, null, actorIsLeadOfOwner: false, _s.Now)).Field);
    }

    [Theory]
    [InlineData(CustodyReason.Assigned)]
    [InlineData(CustodyReason.Accepted)]
    [InlineData(CustodyReason.Returned)]
    [InlineData((CustodyReason)77)]
    public void Transfer_refuses_reasons_the_system_sets_itself(CustodyReason reason)
    {
        var commitment = _s.Promise();

        Assert.Equal("reason", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Transfer(Active(Bob), reason, Alice, null, actorIsLeadOfOwner: false, _s.Now)).Field);
    }

    [Fact]
    public void Transfer_refuses_a_note_over_2000_characters()
    {
        var commitment = _s.Promise();

        Assert.Equal("note", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Transfer(Active(Bob), CustodyReason.Reassigned, Alice, new string('n', 2001), actorIsLeadOfOwner: false, _s.Now)).Field);
    }

    [Fact]
    public void A_closed_commitment_cannot_be_transferred()
    {
        var commitment = _s.Promise();
        commitment.Close(Outcome.Kept, null, null, Alice, actorIsLeadOfOwner: false, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment,
            () => commitment.Transfer(Active(Bob), CustodyReason.Reassigned, Alice, null, actorIsLeadOfOwner: false, _s.Now));
    }

    [Fact]
    public void A_pending_hand_off_passed_on_still_waits_and_a_rejection_returns_it_to_the_original_sender()
    {
        var commitment = _s.HandedToFran();

        commitment.Transfer(Active(Bob), CustodyReason.Reassigned, Fran, "Bob handles refunds", actorIsLeadOfOwner: false, _s.Now);
        Assert.True(commitment.AwaitingAcceptance);
        commitment.Reject(Active(Alice), "Not a refund after all", Bob, actorIsLeadOfOwner: false, _s.Now);

        Assert.Equal(Alice, commitment.OwnerId);
        Assert.Equal([Alice, Fran, Bob, Alice], commitment.Custody.Select(c => c.ToId));
        CommitmentInvariants.Hold(commitment, _ => true);
    }

    [Fact]
    public void A_pending_hand_off_goes_back_to_its_sender_only_by_rejection()
    {
        var commitment = _s.HandedToFran();

        Assert.Equal("toId", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Transfer(Active(Alice), CustodyReason.Reassigned, Fran, null, actorIsLeadOfOwner: false, _s.Now)).Field);
    }

    [Fact]
    public void A_promise_is_never_passed_to_the_person_it_was_made_to()
    {
        var request = _s.RequestToBob();
        request.Accept(Bob, _s.Now);

        Assert.Equal("toId", Refusal.LeavesUnchanged<DomainException>(request,
            () => request.Transfer(Active(Alice), CustodyReason.Reassigned, Bob, null, actorIsLeadOfOwner: false, _s.Now)).Field);
        Assert.Equal("receiverId", Refusal.LeavesUnchanged<DomainException>(request,
            () => request.HandOff(Finance, Active(Alice), Bob, null, actorIsLeadOfOwner: false, _s.Now)).Field);
    }
}
