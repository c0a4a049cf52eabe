using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentOverdueTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void At_the_due_time_it_becomes_overdue_and_owner_lead_and_watchers_hear_of_it()
    {
        var commitment = _s.Promise(dueIn: TimeSpan.FromHours(1));
        commitment.AddWatcher(Bob, Alice, _s.Now);
        _s.Advance(TimeSpan.FromHours(1));

        Assert.True(commitment.IsOverdueAt(_s.Now));
        var effects = commitment.MarkOverdue(_s.Now, Lena);

        Assert.Equal(CommitmentStatus.Overdue, commitment.Status);
        Assert.Null(commitment.Timeline[^1].ActorId);
        Assert.Equal(TimelineEntryKind.Overdue, commitment.Timeline[^1].Kind);
        Assert.Equal(AuditEventType.CommitmentOverdue, Assert.Single(effects.Audit).Type);
        Assert.Equal([Alice, Lena, Bob], effects.Notifications.Select(n => n.PersonId));
    }

    [Fact]
    public void Marking_twice_changes_nothing()
    {
        var commitment = _s.Promise(dueIn: TimeSpan.FromHours(1));
        _s.Advance(TimeSpan.FromHours(2));
        commitment.MarkOverdue(_s.Now, Lena);
        var before = CommitmentSnapshot.Of(commitment);

        Assert.Same(CommitmentEffects.None, commitment.MarkOverdue(_s.Now, Lena));
        Assert.Equal(before, CommitmentSnapshot.Of(commitment));
    }

    [Fact]
    public void Not_yet_due_or_closed_is_a_conflict()
    {
        var early = _s.Promise(dueIn: TimeSpan.FromHours(1));
        var closed = _s.Promise(dueIn: TimeSpan.FromHours(1));
        closed.Close(Outcome.Kept, null, null, Alice, false, _s.Now);
        _s.Advance(TimeSpan.FromMinutes(59));

        Assert.False(early.IsOverdueAt(_s.Now));
        Assert.Equal("due", Refusal.LeavesUnchanged<ConflictException>(early, () => early.MarkOverdue(_s.Now, Lena)).Field);
        _s.Advance(TimeSpan.FromHours(1));
        Assert.False(closed.IsOverdueAt(_s.Now));
        Refusal.LeavesUnchanged<ConflictException>(closed, () => closed.MarkOverdue(_s.Now, Lena));
    }

    [Fact]
    public void An_overdue_hand_off_stays_overdue_when_accepted_and_can_still_be_kept()
    {
        var commitment = _s.HandedToFran();
        _s.Advance(TimeSpan.FromDays(3));
        commitment.MarkOverdue(_s.Now, null);

        commitment.Accept(Fran, _s.Now);
        Assert.Equal(CommitmentStatus.Overdue, commitment.Status);

        commitment.Close(Outcome.Kept, "Late, but done", null, Fran, false, _s.Now);
        Assert.Equal(CommitmentStatus.Closed, commitment.Status);
    }
}
