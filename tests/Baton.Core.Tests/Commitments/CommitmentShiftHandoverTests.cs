using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentShiftHandoverTests
{
    private const string Note = "Shift handover: Alice's shift ends at 17:00; passed on shift with the fewest open items.";
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void The_leaving_owner_passes_it_and_the_receiver_must_acknowledge_it()
    {
        var commitment = _s.Promise();
        _s.Advance(TimeSpan.FromHours(1));

        var effects = commitment.HandOverAtShiftEnd(Active(Bob), Note, _s.Now);

        Assert.Equal(Bob, commitment.OwnerId);
        Assert.True(commitment.AwaitingAcceptance);
        Assert.Equal(CommitmentStatus.Open, commitment.Status);
        var transfer = commitment.Custody[^1];
        Assert.Equal((Alice, Bob, CustodyReason.ShiftHandover, Alice, _s.Now, Note),
            (transfer.FromId!.Value, transfer.ToId, transfer.Reason, transfer.ActorId, transfer.At, transfer.Note));
        var audit = Assert.Single(effects.Audit);
        Assert.Equal(AuditEventType.CommitmentHandedOverAtShiftEnd, audit.Type);
        Assert.Equal(Note, audit.Reason);
        var told = Assert.Single(effects.Notifications);
        Assert.Equal(Bob, told.PersonId);
        Assert.Contains("acknowledge", told.Text, StringComparison.Ordinal);
        CommitmentInvariants.Hold(commitment, _ => true);

        commitment.Accept(Bob, _s.Now);
        Assert.False(commitment.AwaitingAcceptance);
        Assert.Equal(CommitmentStatus.Accepted, commitment.Status);
    }

    [Fact]
    public void It_cannot_be_closed_before_the_receiver_acknowledges_it()
    {
        var commitment = _s.Promise();
        commitment.HandOverAtShiftEnd(Active(Bob), Note, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment,
            () => commitment.Close(Outcome.Kept, null, null, Bob, actorIsLeadOfOwner: false, _s.Now));
    }

    [Fact]
    public void A_pending_hand_off_keeps_its_sender_so_a_rejection_still_returns_it()
    {
        var commitment = _s.HandedToFran();

        commitment.HandOverAtShiftEnd(Active(Bob), Note, _s.Now);

        Assert.Equal(Alice, commitment.HandedOffById);
        commitment.Reject(Active(Alice), "Not ours", Bob, actorIsLeadOfOwner: false, _s.Now);
        Assert.Equal(Alice, commitment.OwnerId);
    }

    [Fact]
    public void Refused_on_closed_items_to_inactive_people_to_the_owner_to_the_sender_and_without_a_note()
    {
        var closed = _s.Promise();
        closed.Close(Outcome.Cancelled, "No longer needed", "The customer", Alice, actorIsLeadOfOwner: false, _s.Now);
        Refusal.LeavesUnchanged<ConflictException>(closed, () => closed.HandOverAtShiftEnd(Active(Bob), Note, _s.Now));

        var open = _s.Promise();
        Assert.Equal("toId", Refusal.LeavesUnchanged<DomainException>(open, () => open.HandOverAtShiftEnd(Inactive(Bob), Note, _s.Now)).Field);
        Assert.Equal("toId", Refusal.LeavesUnchanged<DomainException>(open, () => open.HandOverAtShiftEnd(Active(Alice), Note, _s.Now)).Field);
        Assert.Equal("note", Refusal.LeavesUnchanged<DomainException>(open, () => open.HandOverAtShiftEnd(Active(Bob), "  ", _s.Now)).Field);

        var handoff = _s.HandedToFran();
        Refusal.LeavesUnchanged<DomainException>(handoff, () => handoff.HandOverAtShiftEnd(Active(Alice), Note, _s.Now));

        var request = _s.RequestToBob();
        Refusal.LeavesUnchanged<DomainException>(request, () => request.HandOverAtShiftEnd(Active(Alice), Note, _s.Now));
    }

    [Fact]
    public void An_orphan_risk_is_flagged_at_once_the_team_lead_is_told_and_flagging_again_changes_nothing()
    {
        var commitment = _s.Promise();

        var effects = commitment.FlagOrphanRisk("Nobody on shift before it is due.", Lena, _s.Now);

        Assert.True(commitment.IsOrphanRisk);
        Assert.Equal(_s.Now, commitment.OrphanRiskSince);
        Assert.Equal("Nobody on shift before it is due.", commitment.OrphanRiskReason);
        Assert.Equal(Alice, commitment.OwnerId);
        Assert.Equal(TimelineEntryKind.OrphanRisk, commitment.Timeline[^1].Kind);
        Assert.Equal(AuditEventType.CommitmentOrphanRiskFlagged, Assert.Single(effects.Audit).Type);
        Assert.Contains(effects.Notifications, n => n.PersonId == Lena);

        var version = commitment.Version;
        _s.Advance(TimeSpan.FromMinutes(5));
        Assert.Same(CommitmentEffects.None, commitment.FlagOrphanRisk("Again", Lena, _s.Now));
        Assert.Equal(version, commitment.Version);
    }

    [Fact]
    public void A_transfer_an_acceptance_or_a_closing_clears_the_orphan_risk()
    {
        var transferred = _s.Promise();
        transferred.FlagOrphanRisk("Nobody on shift", Lena, _s.Now);
        transferred.Transfer(Active(Bob), CustodyReason.Reassigned, Lena, null, actorIsLeadOfOwner: true, _s.Now);
        Assert.False(transferred.IsOrphanRisk);
        Assert.Null(transferred.OrphanRiskReason);

        var accepted = _s.RequestToBob();
        accepted.FlagOrphanRisk("Nobody on shift", Lena, _s.Now);
        accepted.Accept(Bob, _s.Now);
        Assert.False(accepted.IsOrphanRisk);

        var closed = _s.Promise();
        closed.FlagOrphanRisk("Nobody on shift", Lena, _s.Now);
        closed.Close(Outcome.Kept, null, null, Alice, actorIsLeadOfOwner: false, _s.Now);
        Assert.False(closed.IsOrphanRisk);

        var handedOver = _s.Promise();
        handedOver.FlagOrphanRisk("Nobody on shift", Lena, _s.Now);
        handedOver.HandOverAtShiftEnd(Active(Bob), Note, _s.Now);
        Assert.False(handedOver.IsOrphanRisk);
    }

    [Fact]
    public void A_closed_item_cannot_be_flagged()
    {
        var commitment = _s.Promise();
        commitment.Close(Outcome.Kept, null, null, Alice, actorIsLeadOfOwner: false, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.FlagOrphanRisk("Nobody on shift", Lena, _s.Now));
    }
}
