using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentCreatedByBatonTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void A_promise_baton_makes_itself_opens_its_timeline_with_the_reason()
    {
        var draft = _s.Draft(CommitmentKind.Callback, TimeSpan.FromMinutes(5), "Call back: the call dropped");

        var (commitment, _) = Commitment.Create(draft, Active(Alice), Bob, _s.Now, "  The call dropped while Alice was talking  ");

        var created = Assert.Single(commitment.Timeline);
        Assert.Equal(TimelineEntryKind.Created, created.Kind);
        Assert.Equal("The call dropped while Alice was talking", created.Text);
        Assert.Equal(Alice, commitment.OwnerId);
        Assert.Equal("why", Assert.Throws<DomainException>(() => Commitment.Create(_s.Draft(CommitmentKind.Callback, TimeSpan.FromMinutes(5), "x"), Active(Alice), Bob, _s.Now, " ")).Field);
    }
}
