using Baton.Core.Discretion;

namespace Baton.Core.Tests.Discretion;

public sealed class GestureGrantTests
{
    private static readonly DateTime Now = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Agent = Guid.NewGuid(), Lead = Guid.NewGuid();

    private static GestureGrant Pending() => GestureGrant.Record(Guid.NewGuid(),
        new GrantRequest(Agent, GestureType.GoodwillCredit, 40m, "EUR", new GrantReference(GrantReferenceKind.Interaction, "call-7")),
        "Parcel lost twice", null, new NeedsApproval(Lead, Now.AddHours(4), "above the limit"), Guid.NewGuid(), Now);

    [Fact]
    public void Nobody_approves_their_own_request_even_with_authority_and_the_grant_stays_pending()
    {
        var grant = Pending();
        var refused = Assert.Throws<NotPermittedException>(() => grant.Approve(Agent, actorHasAuthority: true, null, Now));
        Assert.Equal("actorId", refused.Field);
        Assert.Throws<NotPermittedException>(() => grant.Decline(Agent, actorHasAuthority: true, "no", Now));
        Assert.Equal((GrantStatus.Pending, 1), (grant.Status, grant.Version));
    }

    [Fact]
    public void Someone_without_authority_may_not_decide()
    {
        var grant = Pending();
        Assert.Throws<NotPermittedException>(() => grant.Approve(Guid.NewGuid(), actorHasAuthority: false, null, Now));
        Assert.Equal(GrantStatus.Pending, grant.Status);
    }

    [Fact]
    public void The_approver_approves_once_a_second_decision_is_a_conflict()
    {
        var grant = Pending();
        grant.Approve(Lead, actorHasAuthority: true, "Fine this once", Now.AddMinutes(5));
        Assert.Equal((GrantStatus.Approved, Lead, "Fine this once"), (grant.Status, grant.DecidedById!.Value, grant.DecisionNote));
        Assert.True(grant.IsGiven);
        Assert.Throws<ConflictException>(() => grant.Decline(Lead, actorHasAuthority: true, "changed my mind", Now.AddMinutes(6)));
    }

    [Fact]
    public void Declining_needs_a_reason()
    {
        var grant = Pending();
        Assert.Equal("reason", Assert.Throws<DomainException>(() => grant.Decline(Lead, true, " ", Now)).Field);
        grant.Decline(Lead, true, "Already compensated last week", Now);
        Assert.Equal(GrantStatus.Declined, grant.Status);
        Assert.False(grant.IsGiven);
    }

    [Fact]
    public void A_grant_within_the_limits_is_given_at_once_by_the_requester()
    {
        var grant = GestureGrant.Record(Guid.NewGuid(),
            new GrantRequest(Agent, GestureType.FeeWaiver, 5m, "EUR", new GrantReference(GrantReferenceKind.Case, "case-1")),
            "Late fee waived", new EffectiveLimits(10m, 50m, "EUR", false, "policy"), new ApprovedAtOnce("within"), null, Now);
        Assert.Equal((GrantStatus.Granted, Agent, 10m), (grant.Status, grant.DecidedById!.Value, grant.PerInteractionLimit!.Value));
        Assert.Null(grant.ApprovalCommitmentId);
    }
}
