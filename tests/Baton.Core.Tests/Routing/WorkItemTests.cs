using Baton.Core.Routing;

namespace Baton.Core.Tests.Routing;

public sealed class WorkItemTests
{
    private static readonly DateTime Now = RoutingScenario.Now;
    private static readonly Guid Person = Guid.NewGuid();

    private static WorkItem Item() =>
        WorkItem.Enqueue(Guid.NewGuid(), WorkItemKind.InboundCall, Guid.NewGuid(), " sales ", null, ["Spanish"], null, Now, [Person, Person]);

    [Fact]
    public void Work_moves_from_queued_to_assigned_to_finished_and_nowhere_else()
    {
        var item = Item();
        Assert.Equal("sales", item.Queue);
        Assert.Equal(["spanish"], item.RequiredSkills);
        Assert.Equal([Person], item.Excluded);
        item.Assign(Person, Now);
        Assert.Throws<ConflictException>(() => item.Withdraw(Now));
        Assert.Throws<ConflictException>(() => item.Assign(Guid.NewGuid(), Now));
        item.Finish(Now.AddMinutes(5));
        Assert.Equal((WorkItemStatus.Finished, Person, Now.AddMinutes(5)), (item.Status, item.AssigneeId, item.ClosedAt));
        Assert.Throws<ConflictException>(() => item.Finish(Now));
    }

    [Fact]
    public void Withdrawn_work_cannot_be_assigned_or_overflow()
    {
        var item = Item();
        item.Withdraw(Now);
        Assert.Throws<ConflictException>(() => item.Assign(Person, Now));
        Assert.Throws<ConflictException>(() => item.OverflowTo(RoutingScenario.Returns, "Returns"));
    }

    [Theory]
    [InlineData("queue", "", 0)]
    [InlineData("priority", "q", 101)]
    public void Bad_work_is_refused_naming_the_field(string field, string queue, int priority)
    {
        var refused = Assert.Throws<DomainException>(() =>
            WorkItem.Enqueue(Guid.NewGuid(), WorkItemKind.Case, Guid.NewGuid(), queue, null, null, priority, Now));
        Assert.Equal(field, refused.Field);
    }

    [Fact]
    public void Only_the_offered_person_answers_an_open_offer_and_only_before_it_expires()
    {
        var offer = new WorkOffer(Guid.NewGuid(), Guid.NewGuid(), Person, Now, Now.AddSeconds(30));
        Assert.Throws<NotPermittedException>(() => offer.Accept(Guid.NewGuid(), Now));
        Assert.Throws<ConflictException>(() => offer.Accept(Person, Now.AddSeconds(30)));
        Assert.True(offer.IsOpen);

        offer.Decline(Person, Now.AddSeconds(29));
        Assert.True(offer.Refused);
        Assert.Throws<ConflictException>(() => offer.Accept(Person, Now.AddSeconds(29)));
        Assert.Throws<ConflictException>(() => offer.Expire(Now.AddSeconds(31)));
    }

    [Fact]
    public void A_lapsed_offer_counts_as_refused_a_withdrawn_one_does_not()
    {
        var lapsed = new WorkOffer(Guid.NewGuid(), Guid.NewGuid(), Person, Now, Now.AddSeconds(30));
        lapsed.Expire(Now.AddSeconds(30));
        var withdrawn = new WorkOffer(Guid.NewGuid(), Guid.NewGuid(), Person, Now, Now.AddSeconds(30));
        withdrawn.Withdraw(Now);
        Assert.Equal((true, false), (lapsed.Refused, withdrawn.Refused));
    }
}
