using Baton.Core.Audit;
using Baton.Core.Commitments;
using static Baton.Core.Tests.Commitments.People;

namespace Baton.Core.Tests.Commitments;

public sealed class CommitmentCreateTests
{
    private readonly CommitmentScenario _s = new();

    [Fact]
    public void Create_opens_a_commitment_with_its_owner_as_first_custodian()
    {
        var draft = _s.Draft(CommitmentKind.Callback, TimeSpan.FromHours(4), "  Call back about the refund  ");

        var (commitment, effects) = Commitment.Create(draft, Active(Alice), Alice, _s.Now);

        Assert.Equal(draft.Id, commitment.Id);
        Assert.Equal(CommitmentKind.Callback, commitment.Kind);
        Assert.Equal(CommitmentStatus.Open, commitment.Status);
        Assert.Equal(Alice, commitment.OwnerId);
        Assert.Equal("Call back about the refund", commitment.What);
        Assert.Equal(_s.In(TimeSpan.FromHours(4)), commitment.Due);
        Assert.Equal(_s.Now, commitment.CreatedAt);
        Assert.Equal(Alice, commitment.CreatedById);
        Assert.Null(commitment.Outcome);
        Assert.False(commitment.AwaitingAcceptance);
        Assert.Equal(1, commitment.Version);
        var custody = Assert.Single(commitment.Custody);
        Assert.Null(custody.FromId);
        Assert.Equal(Alice, custody.ToId);
        Assert.Equal(CustodyReason.Assigned, custody.Reason);
        Assert.Equal(TimelineEntryKind.Created, Assert.Single(commitment.Timeline).Kind);
        var audit = Assert.Single(effects.Audit);
        Assert.Equal(AuditEventType.CommitmentCreated, audit.Type);
        Assert.Equal(commitment.Id, audit.CommitmentId);
        Assert.Contains("\"ownerId\":\"" + Alice.ToString("D") + "\"", audit.After, StringComparison.Ordinal);
        Assert.Empty(effects.Notifications);
    }

    [Fact]
    public void Create_for_someone_else_notifies_the_owner()
    {
        var (commitment, effects) = Commitment.Create(_s.Draft(), Active(Bob), Lena, _s.Now);

        Assert.Equal(Bob, commitment.OwnerId);
        Assert.Equal(Lena, commitment.CreatedById);
        Assert.Equal(Bob, Assert.Single(effects.Notifications).PersonId);
    }

    [Theory]
    [InlineData(PromiseeKind.Customer)]
    [InlineData(PromiseeKind.Person)]
    [InlineData(PromiseeKind.Team)]
    [InlineData(PromiseeKind.Department)]
    public void Create_accepts_every_kind_of_promisee(PromiseeKind kind)
    {
        var draft = _s.Draft(CommitmentKind.FollowUp) with { Promisee = new Promisee(kind, Guid.NewGuid()) };

        var commitment = Commitment.Create(draft, Active(Alice), Alice, _s.Now).Commitment;

        Assert.Equal(kind, commitment.Promisee.Kind);
    }

    [Fact]
    public void Create_normalizes_the_due_instant_to_utc_microseconds()
    {
        var due = DateTime.SpecifyKind(_s.In(TimeSpan.FromHours(1)).AddTicks(7), DateTimeKind.Unspecified);

        var commitment = Commitment.Create(_s.Draft() with { Due = due }, Active(Alice), Alice, _s.Now).Commitment;

        Assert.Equal(DateTimeKind.Utc, commitment.Due.Kind);
        Assert.Equal(0, commitment.Due.Ticks % 10);
    }

    [Fact]
    public void Create_refuses_an_inactive_owner()
    {
        var refusal = Assert.Throws<DomainException>(() => Commitment.Create(_s.Draft(), Inactive(Bob), Alice, _s.Now));

        Assert.Equal("ownerId", refusal.Field);
    }

    [Theory]
    [InlineData(-60)]
    [InlineData(0)]
    public void Create_refuses_a_due_time_that_is_not_in_the_future(int minutesFromNow)
    {
        var draft = _s.Draft(dueIn: TimeSpan.FromMinutes(minutesFromNow));

        var refusal = Assert.Throws<DomainException>(() => Commitment.Create(draft, Active(Alice), Alice, _s.Now));

        Assert.Equal("due", refusal.Field);
        Assert.Contains("future", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_refuses_a_local_due_time()
    {
        var draft = _s.Draft() with { Due = DateTime.SpecifyKind(_s.In(TimeSpan.FromDays(1)), DateTimeKind.Local) };

        Assert.Equal("due", Assert.Throws<DomainException>(() => Commitment.Create(draft, Active(Alice), Alice, _s.Now)).Field);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_refuses_a_promise_without_text(string what)
    {
        var refusal = Assert.Throws<DomainException>(() => Commitment.Create(_s.Draft(what: what), Active(Alice), Alice, _s.Now));

        Assert.Equal("what", refusal.Field);
    }

    [Fact]
    public void Create_accepts_2000_characters_and_refuses_2001()
    {
        Commitment.Create(_s.Draft(what: new string('x', 2000)), Active(Alice), Alice, _s.Now);

        var refusal = Assert.Throws<DomainException>(() => Commitment.Create(_s.Draft(what: new string('x', 2001)), Active(Alice), Alice, _s.Now));
        Assert.Equal("what", refusal.Field);
    }

    [Fact]
    public void Create_refuses_an_empty_id()
    {
        var draft = _s.Draft() with { Id = Guid.Empty };

        Assert.Equal("id", Assert.Throws<DomainException>(() => Commitment.Create(draft, Active(Alice), Alice, _s.Now)).Field);
    }

    [Fact]
    public void Create_refuses_a_missing_or_empty_promisee()
    {
        Assert.Equal("promisee", Assert.Throws<DomainException>(() =>
            Commitment.Create(_s.Draft() with { Promisee = null! }, Active(Alice), Alice, _s.Now)).Field);
        Assert.Equal("promisee", Assert.Throws<DomainException>(() =>
            Commitment.Create(_s.Draft() with { Promisee = Promisee.Customer(Guid.Empty) }, Active(Alice), Alice, _s.Now)).Field);
        Assert.Equal("promisee", Assert.Throws<DomainException>(() =>
            Commitment.Create(_s.Draft() with { Promisee = new Promisee((PromiseeKind)42, Customer) }, Active(Alice), Alice, _s.Now)).Field);
    }

    [Fact]
    public void Create_refuses_a_promise_to_its_own_owner()
    {
        var draft = _s.Draft(CommitmentKind.ActionItem) with { Promisee = Promisee.Person(Alice) };

        Assert.Equal("promisee", Assert.Throws<DomainException>(() => Commitment.Create(draft, Active(Alice), Alice, _s.Now)).Field);
    }

    [Theory]
    [InlineData(CommitmentKind.Handoff)]
    [InlineData(CommitmentKind.Request)]
    [InlineData((CommitmentKind)99)]
    public void Create_refuses_kinds_with_their_own_entry_point_and_unknown_kinds(CommitmentKind kind)
    {
        Assert.Equal("kind", Assert.Throws<DomainException>(() => Commitment.Create(_s.Draft(kind), Active(Alice), Alice, _s.Now)).Field);
    }

    [Fact]
    public void LogRequest_waits_for_the_owner_to_acknowledge_and_lets_the_requester_watch()
    {
        var (request, effects) = Commitment.LogRequest(Guid.NewGuid(), Active(Bob), Alice, _s.In(TimeSpan.FromDays(1)), "Send the price list", Alice, _s.Now);

        Assert.Equal(CommitmentKind.Request, request.Kind);
        Assert.Equal(Bob, request.OwnerId);
        Assert.Equal(Alice, request.RequesterId);
        Assert.Equal(Promisee.Person(Alice), request.Promisee);
        Assert.True(request.AwaitingAcceptance);
        Assert.Null(request.HandedOffById);
        Assert.Equal([Alice], request.Watchers);
        var notification = Assert.Single(effects.Notifications);
        Assert.Equal(Bob, notification.PersonId);
        Assert.Contains("acknowledge", notification.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LogRequest_refuses_a_request_to_oneself_and_an_inactive_owner()
    {
        Assert.Equal("promisee", Assert.Throws<DomainException>(() =>
            Commitment.LogRequest(Guid.NewGuid(), Active(Alice), Alice, _s.In(TimeSpan.FromDays(1)), "x", Alice, _s.Now)).Field);
        Assert.Equal("ownerId", Assert.Throws<DomainException>(() =>
            Commitment.LogRequest(Guid.NewGuid(), Inactive(Bob), Alice, _s.In(TimeSpan.FromDays(1)), "x", Alice, _s.Now)).Field);
        Assert.Equal("requesterId", Assert.Throws<DomainException>(() =>
            Commitment.LogRequest(Guid.NewGuid(), Active(Bob), Guid.Empty, _s.In(TimeSpan.FromDays(1)), "x", Alice, _s.Now)).Field);
    }

    [Fact]
    public void CreateHandoff_makes_the_commitment_and_hands_it_to_the_receiver()
    {
        var (handoff, effects) = Commitment.CreateHandoff(_s.Draft(CommitmentKind.Handoff), Active(Alice), Finance, Active(Fran), "Refund needs bank details", _s.Now);

        Assert.Equal(Fran, handoff.OwnerId);
        Assert.True(handoff.AwaitingAcceptance);
        Assert.Equal(Alice, handoff.HandedOffById);
        Assert.Equal(Finance, handoff.DepartmentId);
        Assert.Equal([Alice], handoff.Watchers);
        Assert.Equal(2, handoff.Custody.Count);
        Assert.Equal(2, handoff.Version);
        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentHandedOff], effects.Audit.Select(a => a.Type));
        Assert.Contains(effects.Notifications, n => n.PersonId == Fran);
    }

    [Fact]
    public void CreateHandoff_refuses_bad_receivers_departments_and_kinds()
    {
        var draft = _s.Draft(CommitmentKind.Handoff);

        Assert.Equal("kind", Assert.Throws<DomainException>(() =>
            Commitment.CreateHandoff(_s.Draft(CommitmentKind.FollowUp), Active(Alice), Finance, Active(Fran), null, _s.Now)).Field);
        Assert.Equal("departmentId", Assert.Throws<DomainException>(() =>
            Commitment.CreateHandoff(draft, Active(Alice), Guid.Empty, Active(Fran), null, _s.Now)).Field);
        Assert.Equal("receiverId", Assert.Throws<DomainException>(() =>
            Commitment.CreateHandoff(draft, Active(Alice), Finance, Inactive(Fran), null, _s.Now)).Field);
        Assert.Equal("receiverId", Assert.Throws<DomainException>(() =>
            Commitment.CreateHandoff(draft, Active(Alice), Finance, Active(Alice), null, _s.Now)).Field);
        Assert.Equal("ownerId", Assert.Throws<DomainException>(() =>
            Commitment.CreateHandoff(draft, Inactive(Alice), Finance, Active(Fran), null, _s.Now)).Field);
    }
}
