using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentAttemptTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void Recording_an_attempt_puts_the_commitment_in_progress()
    {
        var commitment = _s.Promise();

        var recorded = commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.Voicemail, "Left a message", Alice, actorIsLeadOfOwner: false, _s.Now);

        Assert.False(recorded.Reached);
        Assert.Equal(CommitmentStatus.InProgress, commitment.Status);
        var attempt = Assert.Single(commitment.Attempts);
        Assert.Same(attempt, recorded.Attempt);
        Assert.Equal((1, AttemptChannel.Phone, AttemptResult.Voicemail, _s.Now, Alice, "Left a message"),
            (attempt.Sequence, attempt.Channel, attempt.Result, attempt.At, attempt.ActorId, attempt.Note));
        Assert.Equal(TimelineEntryKind.Attempt, commitment.Timeline[^1].Kind);
        Assert.Equal(AuditEventType.CommitmentAttemptRecorded, Assert.Single(recorded.Effects.Audit).Type);
        Assert.Equal(2, commitment.Version);
    }

    [Fact]
    public void An_attempt_that_reaches_the_promisee_says_so()
    {
        var commitment = _s.Promise();

        Assert.True(commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.Reached, null, Alice, false, _s.Now).Reached);
    }

    [Fact]
    public void The_owners_lead_may_record_an_attempt_but_nobody_else()
    {
        var commitment = _s.Promise();

        commitment.RecordAttempt(AttemptChannel.Email, AttemptResult.Sent, null, Lena, actorIsLeadOfOwner: true, _s.Now);

        Assert.Equal(Lena, commitment.Attempts[^1].ActorId);
        Refusal.LeavesUnchanged<NotPermittedException>(commitment,
            () => commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.NoAnswer, null, Bob, false, _s.Now));
    }

    [Theory]
    [InlineData(AttemptChannel.Email, AttemptResult.Voicemail)]
    [InlineData(AttemptChannel.Email, AttemptResult.Reached)]
    [InlineData(AttemptChannel.Phone, AttemptResult.Sent)]
    [InlineData(AttemptChannel.InPerson, AttemptResult.Sent)]
    [InlineData(AttemptChannel.Sms, AttemptResult.NoAnswer)]
    public void A_result_the_channel_cannot_have_is_refused(AttemptChannel channel, AttemptResult result)
    {
        var commitment = _s.Promise();

        Assert.Equal("result", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.RecordAttempt(channel, result, null, Alice, false, _s.Now)).Field);
    }

    [Fact]
    public void An_unknown_channel_is_refused()
    {
        var commitment = _s.Promise();

        Assert.Equal("channel", Refusal.LeavesUnchanged<DomainException>(commitment,
            () => commitment.RecordAttempt((AttemptChannel)12, AttemptResult.Sent, null, Alice, false, _s.Now)).Field);
    }

    [Fact]
    public void No_attempt_after_closing()
    {
        var commitment = _s.Promise();
        commitment.Close(Outcome.Kept, null, null, Alice, false, _s.Now);

        Refusal.LeavesUnchanged<ConflictException>(commitment,
            () => commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.NoAnswer, null, Alice, false, _s.Now));
    }

    [Fact]
    public void Working_on_an_overdue_commitment_does_not_make_it_on_time()
    {
        var commitment = _s.Promise(dueIn: TimeSpan.FromHours(1));
        _s.Advance(TimeSpan.FromHours(2));
        commitment.MarkOverdue(_s.Now, Lena);

        commitment.RecordAttempt(AttemptChannel.Phone, AttemptResult.NoAnswer, null, Alice, false, _s.Now);

        Assert.Equal(CommitmentStatus.Overdue, commitment.Status);
    }
}
