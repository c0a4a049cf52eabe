using Baton.Core.Discretion;
using Baton.Core.Organization;

namespace Baton.Core.Tests.Discretion;

public sealed class DiscretionPolicyTests
{
    private static readonly DateTime Now = new(2026, 3, 9, 10, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Alex = Guid.NewGuid();

    [Fact]
    public void A_persons_own_policy_overrides_their_roles_and_the_most_generous_role_policy_applies_otherwise()
    {
        var agent = DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.GoodwillCredit, Role.Agent, "EUR", 25m, 300m, null, Now);
        var lead = DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.GoodwillCredit, Role.TeamLead, "EUR", 100m, 1000m, null, Now);
        var own = DiscretionPolicy.ForPerson(Guid.NewGuid(), GestureType.GoodwillCredit, Alex, "EUR", 10m, 40m, null, Now);
        var fees = DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.FeeWaiver, Role.Agent, "EUR", 15m, 60m, null, Now);
        DiscretionPolicy[] all = [agent, lead, own, fees];

        Assert.Same(own, DiscretionPolicy.For(all, GestureType.GoodwillCredit, Alex, [Role.Agent, Role.TeamLead]));
        Assert.Same(lead, DiscretionPolicy.For(all, GestureType.GoodwillCredit, Guid.NewGuid(), [Role.Agent, Role.TeamLead]));
        Assert.Same(fees, DiscretionPolicy.For(all, GestureType.FeeWaiver, Alex, [Role.Agent]));
        Assert.Null(DiscretionPolicy.For(all, GestureType.ExpeditedShipping, Alex, [Role.Agent]));
        Assert.Null(DiscretionPolicy.For(all, GestureType.GoodwillCredit, Guid.NewGuid(), [Role.QualityAnalyst]));
    }

    [Fact]
    public void Limits_are_validated_naming_the_field()
    {
        Assert.Equal("rollingWeekLimit", Assert.Throws<DomainException>(() =>
            DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.GoodwillCredit, Role.Agent, "EUR", 50m, 40m, null, Now)).Field);
        Assert.Equal("currency", Assert.Throws<DomainException>(() =>
            DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.GoodwillCredit, Role.Agent, "euro", 5m, 40m, null, Now)).Field);
        Assert.Equal("perInteractionLimit", Assert.Throws<DomainException>(() =>
            DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.GoodwillCredit, Role.Agent, "EUR", -1m, 40m, null, Now)).Field);
    }

    [Fact]
    public void A_change_keeps_the_holder_and_bumps_the_version()
    {
        var policy = DiscretionPolicy.ForRole(Guid.NewGuid(), GestureType.GoodwillCredit, Role.Agent, "EUR", 25m, 300m, null, Now);
        policy.Change("EUR", 30m, 350m, new EarnedAutonomyRule(6, 0.9m, 2m), Now.AddDays(1));
        Assert.Equal(("role:Agent", 30m, 350m, 2), (policy.HolderKey, policy.PerInteractionLimit, policy.RollingWeekLimit, policy.Version));
        Assert.Equal(2m, policy.EarnedAutonomy!.Factor);
        var before = (policy.PerInteractionLimit, policy.Version);
        Assert.Throws<DomainException>(() => policy.Change("EUR", 30m, 10m, null, Now));
        Assert.Equal(before, (policy.PerInteractionLimit, policy.Version));
    }
}
