using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentAcceptAsMemberTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void A_member_of_the_receiving_department_takes_over_and_accepts()
    {
        var commitment = _s.HandedToFran();

        var effects = commitment.AcceptAsMember(Active(Bob), isMemberOfReceivingDepartment: true, _s.Now);

        Assert.Equal(Bob, commitment.OwnerId);
        Assert.False(commitment.AwaitingAcceptance);
        Assert.Null(commitment.HandedOffById);
        Assert.Equal(CommitmentStatus.Accepted, commitment.Status);
        Assert.Equal(Finance, commitment.DepartmentId);
        var taken = commitment.Custody[^1];
        Assert.Equal((Fran, Bob, CustodyReason.Accepted, Bob), (taken.FromId!.Value, taken.ToId, taken.Reason, taken.ActorId));
        Assert.Equal([AuditEventType.CommitmentTransferred, AuditEventType.CommitmentAccepted], effects.Audit.Select(a => a.Type));
        Assert.Equal([Fran, Alice], effects.Notifications.Select(n => n.PersonId));
        Assert.Equal([Alice], commitment.Watchers);
        CommitmentInvariants.Hold(commitment, _ => true);
    }

    [Fact]
    public void The_receiver_accepting_as_a_member_is_a_plain_acceptance()
    {
        var commitment = _s.HandedToFran();
        var custody = commitment.Custody.Count;

        var effects = commitment.AcceptAsMember(Active(Fran), isMemberOfReceivingDepartment: true, _s.Now);

        Assert.Equal(Fran, commitment.OwnerId);
        Assert.Equal(custody, commitment.Custody.Count);
        Assert.Equal(AuditEventType.CommitmentAccepted, Assert.Single(effects.Audit).Type);
    }

    [Fact]
    public void Refusals_leave_it_unchanged()
    {
        var commitment = _s.HandedToFran();

        Refusal.LeavesUnchanged<NotPermittedException>(commitment, () => commitment.AcceptAsMember(Active(Bob), false, _s.Now));
        Refusal.LeavesUnchanged<NotPermittedException>(commitment, () => commitment.AcceptAsMember(Active(Alice), true, _s.Now));
        Assert.Equal("actorId", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.AcceptAsMember(Inactive(Bob), true, _s.Now)).Field);
    }

    [Fact]
    public void A_second_acceptance_is_a_conflict()
    {
        var commitment = _s.HandedToFran();
        commitment.AcceptAsMember(Active(Bob), true, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.AcceptAsMember(Active(Lena), true, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.AcceptAsMember(Active(Bob), true, _s.Now));
    }

    [Fact]
    public void A_logged_request_is_only_acknowledged_by_its_owner()
    {
        var request = _s.RequestToBob();

        Refusal.LeavesUnchanged<NotPermittedException>(request, () => request.AcceptAsMember(Active(Lena), true, _s.Now));
        request.AcceptAsMember(Active(Bob), false, _s.Now);
        Assert.Equal(CommitmentStatus.Accepted, request.Status);
    }

    [Fact]
    public void Nothing_closed_can_be_accepted()
    {
        var commitment = _s.HandedToFran();
        commitment.Close(Outcome.Cancelled, "No longer needed", "The customer", Alice, actorIsLeadOfOwner: true, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.AcceptAsMember(Active(Bob), true, _s.Now));
    }
}
