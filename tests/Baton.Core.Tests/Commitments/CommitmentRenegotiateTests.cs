using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentRenegotiateTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void Renegotiating_closes_this_one_and_opens_a_linked_one()
    {
        var old = _s.Promise();
        old.AddWatcher(Lena, Alice, _s.Now);
        var newId = Guid.NewGuid();
        var newDue = _s.In(TimeSpan.FromDays(5));

        var (next, effects) = old.Renegotiate(newId, newDue, "The customer agreed to Friday", Alice, false, _s.Now);

        Assert.Equal(CommitmentStatus.Closed, old.Status);
        Assert.Equal(Outcome.Renegotiated, old.Outcome);
        Assert.Equal("The customer agreed to Friday", old.AgreedBy);
        Assert.Equal(newId, old.RenegotiatedToId);
        Assert.Equal(TimelineEntryKind.Renegotiated, old.Timeline[^1].Kind);

        Assert.Equal(newId, next.Id);
        Assert.Equal(old.Id, next.RenegotiatedFromId);
        Assert.Equal((old.Kind, old.OwnerId, old.Promisee, old.What), (next.Kind, next.OwnerId, next.Promisee, next.What));
        Assert.Equal(newDue, next.Due);
        Assert.Equal(CommitmentStatus.Open, next.Status);
        Assert.Equal([Lena], next.Watchers);
        Assert.Equal(CustodyReason.Assigned, Assert.Single(next.Custody).Reason);
        Assert.Equal([(old.Id, AuditEventType.CommitmentRenegotiated), (newId, AuditEventType.CommitmentCreated)],
            effects.Audit.Select(a => (a.CommitmentId, a.Type)));
        CommitmentInvariants.Hold(old, _ => true);
        CommitmentInvariants.Hold(next, _ => true);
    }

    [Fact]
    public void Renegotiate_refusals_leave_it_unchanged()
    {
        var commitment = _s.Promise();

        Assert.Equal("due", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Renegotiate(Guid.NewGuid(), _s.In(TimeSpan.FromMinutes(-1)), "Agreed", Alice, false, _s.Now)).Field);
        Assert.Equal("agreedBy", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Renegotiate(Guid.NewGuid(), _s.In(TimeSpan.FromDays(1)), "", Alice, false, _s.Now)).Field);
        Assert.Equal("newId", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Renegotiate(commitment.Id, _s.In(TimeSpan.FromDays(1)), "Agreed", Alice, false, _s.Now)).Field);
        Assert.Equal("newId", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.Renegotiate(Guid.Empty, _s.In(TimeSpan.FromDays(1)), "Agreed", Alice, false, _s.Now)).Field);
        Refusal.LeavesUnchanged<NotPermittedException>(commitment,
            () => commitment.Renegotiate(Guid.NewGuid(), _s.In(TimeSpan.FromDays(1)), "Agreed", Bob, false, _s.Now));
    }

    [Fact]
    public void An_overdue_commitment_can_be_renegotiated_and_the_new_one_starts_on_time()
    {
        var commitment = _s.Promise(dueIn: TimeSpan.FromHours(1));
        _s.Advance(TimeSpan.FromHours(2));
        commitment.MarkOverdue(_s.Now, Lena);

        var next = commitment.Renegotiate(Guid.NewGuid(), _s.In(TimeSpan.FromDays(1)), "Customer agreed to tomorrow", Alice, false, _s.Now).Commitment;

        Assert.Equal(Outcome.Renegotiated, commitment.Outcome);
        Assert.Equal(CommitmentStatus.Open, next.Status);
    }
}
