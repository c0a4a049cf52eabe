using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentNotesTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void A_watcher_is_added_once_and_removed()
    {
        var commitment = _s.Promise();

        var added = commitment.AddWatcher(Lena, Alice, _s.Now);
        var again = commitment.AddWatcher(Lena, Alice, _s.Now);

        Assert.Equal([Lena], commitment.Watchers);
        Assert.Equal(AuditEventType.CommitmentWatcherAdded, Assert.Single(added.Audit).Type);
        Assert.Same(CommitmentEffects.None, again);
        Assert.Equal(2, commitment.Version);

        var removed = commitment.RemoveWatcher(Lena, Alice, _s.Now);
        Assert.Empty(commitment.Watchers);
        Assert.Equal(AuditEventType.CommitmentWatcherRemoved, Assert.Single(removed.Audit).Type);
        Assert.Same(CommitmentEffects.None, commitment.RemoveWatcher(Lena, Alice, _s.Now));
        Assert.Equal(3, commitment.Version);
    }

    [Fact]
    public void Watchers_do_not_change_after_closing_and_need_an_id()
    {
        var commitment = _s.Promise();
        Assert.Equal("personId", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.AddWatcher(Guid.Empty, Alice, _s.Now)).Field);
        commitment.AddWatcher(Lena, Alice, _s.Now);
        commitment.Close(Outcome.Kept, null, null, Alice, false, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.AddWatcher(Bob, Alice, _s.Now));
        Refusal.LeavesUnchanged<ConflictException>(commitment, () => commitment.RemoveWatcher(Lena, Alice, _s.Now));
    }

    [Fact]
    public void Comments_are_allowed_before_and_after_closing()
    {
        var commitment = _s.Promise();
        commitment.AddWatcher(Lena, Alice, _s.Now);

        var effects = commitment.Comment("Customer prefers mornings", Bob, _s.Now);
        commitment.Close(Outcome.Kept, null, null, Alice, false, _s.Now);
        commitment.Comment("Customer confirmed by email", Alice, _s.Now);

        Assert.Equal([Alice, Lena], effects.Notifications.Select(n => n.PersonId));
        Assert.Equal(2, commitment.Timeline.Count(t => t.Kind == TimelineEntryKind.Comment));
        Assert.Equal(Outcome.Kept, commitment.Outcome);
    }

    [Fact]
    public void An_empty_or_overlong_comment_is_refused()
    {
        var commitment = _s.Promise();

        Assert.Equal("text", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.Comment("  ", Alice, _s.Now)).Field);
        Assert.Equal("text", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.Comment(new string('c', 2001), Alice, _s.Now)).Field);
    }

    [Theory]
    [InlineData("open")]
    [InlineData("accepted")]
    [InlineData("in progress")]
    [InlineData("overdue")]
    [InlineData("closed")]
    public void A_customers_thanks_never_changes_the_status_or_outcome(string state)
    {
        var commitment = InState(state);
        var (status, outcome, owner) = (commitment.Status, commitment.Outcome, commitment.OwnerId);

        var effects = commitment.RecordCustomerMessage("Thanks, all sorted!", null, _s.Now);

        Assert.Equal((status, outcome, owner), (commitment.Status, commitment.Outcome, commitment.OwnerId));
        Assert.Equal(TimelineEntryKind.CustomerMessage, commitment.Timeline[^1].Kind);
        Assert.Equal(AuditEventType.CommitmentCustomerMessage, Assert.Single(effects.Audit).Type);
        Assert.Equal(commitment.OwnerId, Assert.Single(effects.Notifications).PersonId);
    }

    [Fact]
    public void An_empty_customer_message_is_refused()
    {
        var commitment = _s.Promise();

        Assert.Equal("text", Refusal.LeavesUnchanged<DomainException>(commitment, () => commitment.RecordCustomerMessage("", null, _s.Now)).Field);
    }

    private Commitment InState(string state)
    {
        switch (state)
        {
            case "open":
                return _s.Promise();
            case "accepted":
                var handoff = _s.HandedToFran();
                handoff.Accept(Fran, _s.Now);
                return handoff;
            case "in progress":
                var working = _s.Promise();
                working.RecordAttempt(AttemptChannel.Phone, AttemptResult.NoAnswer, null, Alice, false, _s.Now);
                return working;
            case "overdue":
                var late = _s.Promise(dueIn: TimeSpan.FromMinutes(5));
                _s.Advance(TimeSpan.FromMinutes(5));
                late.MarkOverdue(_s.Now, null);
                return late;
            default:
                var closed = _s.Promise();
                closed.Close(Outcome.Kept, null, null, Alice, false, _s.Now);
                return closed;
        }
    }
}
