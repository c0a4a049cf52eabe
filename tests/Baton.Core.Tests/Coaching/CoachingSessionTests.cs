using Baton.Core.Audit;
using Baton.Core.Coaching;
using static Baton.Core.Tests.Coaching.CoachingScenario;

namespace Baton.Core.Tests.Coaching;

public sealed class CoachingSessionTests
{
    [Fact]
    public void Scheduling_tells_the_agent_and_keeps_the_evidence_as_shown()
    {
        var result = CoachingSession.Schedule(Guid.NewGuid(), Lena, Alice, true, "Callbacks on time", Now.AddHours(1), [Kept(1), Kept(2)], Now);

        var session = result.Session;
        Assert.Equal(CoachingStatus.Scheduled, session.Status);
        Assert.Equal(["commitment/1", "commitment/2"], session.Evidence.Select(e => e.Reference));
        Assert.Equal("""{"outcome":"Kept","n":1}""", session.Evidence[0].Snapshot);
        Assert.Equal(Now, session.Evidence[0].CapturedAt);
        Assert.Equal(AuditEventType.CoachingSessionScheduled, Assert.Single(result.Effects.Audit).Type);
        Assert.Equal(Alice, Assert.Single(result.Effects.Notifications).PersonId);
    }

    [Fact]
    public void Only_a_lead_of_the_agent_schedules_and_never_with_themselves()
    {
        Assert.Throws<NotPermittedException>(() => CoachingSession.Schedule(Guid.NewGuid(), Bob, Alice, false, "x", Now.AddHours(1), null, Now));
        Assert.Equal("agentId", Assert.Throws<DomainException>(() => CoachingSession.Schedule(Guid.NewGuid(), Lena, Lena, true, "x", Now.AddHours(1), null, Now)).Field);
        Assert.Equal("topic", Assert.Throws<DomainException>(() => CoachingSession.Schedule(Guid.NewGuid(), Lena, Alice, true, " ", Now.AddHours(1), null, Now)).Field);
        Assert.Equal("scheduledAt", Assert.Throws<DomainException>(() => CoachingSession.Schedule(Guid.NewGuid(), Lena, Alice, true, "x", Now.AddDays(-8), null, Now)).Field);
        Assert.Equal(CoachingStatus.Scheduled, CoachingSession.Schedule(Guid.NewGuid(), Lena, Alice, true, "Held yesterday", Now.AddDays(-1), null, Now).Session.Status);
        Assert.Equal("evidence[1]", Assert.Throws<DomainException>(() => CoachingSession.Schedule(Guid.NewGuid(), Lena, Alice, true, "x", Now.AddHours(1), [Kept(1), Kept(1)], Now)).Field);
    }

    [Fact]
    public void Holding_records_the_consequence_action_items_for_both_sides_and_a_three_day_deadline()
    {
        var session = Scheduled();
        var items = BothSides();

        var effects = session.Hold(Lena, "Notes", new ConsequenceDecision(Consequence.Reward, null, null), items, null, [Kept(2)], Now);

        Assert.Equal(CoachingStatus.Held, session.Status);
        Assert.Equal(Consequence.Reward, session.ConsequenceInForce);
        Assert.Equal(Now.AddDays(3), session.AcknowledgeBy);
        var agentItem = Assert.Single(session.ActionItems, i => i.Side == ActionItemSide.Agent);
        Assert.Equal((Alice, Lena, items[0].CommitmentId), (agentItem.OwnerId, agentItem.PromiseeId, agentItem.CommitmentId));
        var coachItem = Assert.Single(session.ActionItems, i => i.Side == ActionItemSide.Coach);
        Assert.Equal((Lena, Alice), (coachItem.OwnerId, coachItem.PromiseeId));
        Assert.Equal(2, session.Evidence.Count);
        Assert.Equal(AuditEventType.CoachingSessionHeld, Assert.Single(effects.Audit).Type);
        Assert.Equal(Alice, Assert.Single(effects.Notifications).PersonId);
    }

    [Fact]
    public void Only_the_coach_records_and_only_once()
    {
        var session = Scheduled();
        var reward = new ConsequenceDecision(Consequence.Reward, null, null);

        Refused<NotPermittedException>(session, () => session.Hold(Otto, "Notes", reward, BothSides(), null, null, Now));
        Refused<NotPermittedException>(session, () => session.Hold(Alice, "Notes", reward, BothSides(), null, null, Now));
        session.Hold(Lena, "Notes", reward, BothSides(), null, null, Now);
        Refused<ConflictException>(session, () => session.Hold(Lena, "Again", reward, BothSides(), null, null, Now));
    }

    [Fact]
    public void An_improvement_plan_needs_goals_each_with_a_due_date_and_a_release_needs_a_reason()
    {
        var session = Scheduled();

        Assert.Equal("goals", Refused<DomainException>(session, () => session.Hold(Lena, "Notes",
            new ConsequenceDecision(Consequence.ImprovementPlan, [], null), BothSides(), null, null, Now)).Field);
        Assert.Equal("goals[0].due", Refused<DomainException>(session, () => session.Hold(Lena, "Notes",
            new ConsequenceDecision(Consequence.ImprovementPlan, [new GoalInput("Kept rate 90%", null)], null), BothSides(), null, null, Now)).Field);
        Assert.Equal("goals[0].due", Refused<DomainException>(session, () => session.Hold(Lena, "Notes",
            new ConsequenceDecision(Consequence.ImprovementPlan, [new GoalInput("Kept rate 90%", Now.AddDays(-1))], null), BothSides(), null, null, Now)).Field);
        Assert.Equal("reason", Refused<DomainException>(session, () => session.Hold(Lena, "Notes",
            new ConsequenceDecision(Consequence.Release, null, " "), [], null, null, Now)).Field);
        Assert.Equal("goals", Refused<DomainException>(session, () => session.Hold(Lena, "Notes",
            new ConsequenceDecision(Consequence.Reward, [new GoalInput("x", Now.AddDays(2))], null), BothSides(), null, null, Now)).Field);
        Assert.Equal("consequence", Refused<DomainException>(session, () => session.Hold(Lena, "Notes",
            new ConsequenceDecision(null, null, null), BothSides(), null, null, Now)).Field);

        session.Hold(Lena, "Notes", new ConsequenceDecision(Consequence.ImprovementPlan,
            [new GoalInput("Kept rate at 90%", Now.AddDays(30)), new GoalInput("No callback later than promised", Now.AddDays(14))], null), BothSides(), null, null, Now);
        Assert.Equal([1, 2], session.Goals.Select(g => g.Sequence));
        Assert.All(session.Goals, g => Assert.False(g.FromReview));
    }

    [Fact]
    public void Both_sides_promise_something_except_on_release()
    {
        var session = Scheduled();
        var reward = new ConsequenceDecision(Consequence.Reward, null, null);
        var agentOnly = BothSides().Where(i => i.Side == ActionItemSide.Agent).ToList();

        Assert.Equal("actionItems", Refused<DomainException>(session, () => session.Hold(Lena, "Notes", reward, agentOnly, null, null, Now)).Field);
        Assert.Equal("actionItems[0].due", Refused<DomainException>(session, () => session.Hold(Lena, "Notes", reward,
            [new ActionItemInput(Guid.NewGuid(), ActionItemSide.Agent, "x", Now)], null, null, Now)).Field);
        Assert.Equal("actionItems[0].side", Refused<DomainException>(session, () => session.Hold(Lena, "Notes", reward,
            [new ActionItemInput(Guid.NewGuid(), null, "x", Now.AddDays(1))], null, null, Now)).Field);

        session.Hold(Lena, "Notes", new ConsequenceDecision(Consequence.Release, null, "Moves to another employer"), [], null, null, Now);
        Assert.Empty(session.ActionItems);
        Assert.Equal("Moves to another employer", session.ConsequenceReason);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(31 * 24)]
    public void The_acknowledgement_deadline_lies_within_the_next_thirty_days(int hours)
    {
        var session = Scheduled();

        var refusal = Refused<DomainException>(session, () => session.Hold(Lena, "Notes", new ConsequenceDecision(Consequence.Repeat, null, null),
            BothSides(), Now.AddHours(hours), null, Now));

        Assert.Equal("acknowledgeBy", refusal.Field);
    }

    [Fact]
    public void Only_the_agent_acknowledges_and_the_coach_is_told()
    {
        var session = Held();

        Refused<NotPermittedException>(session, () => session.Acknowledge(Lena, null, Now.AddHours(2)));
        var effects = session.Acknowledge(Alice, "Fair", Now.AddHours(2));

        Assert.Equal(CoachingStatus.Acknowledged, session.Status);
        Assert.Equal("Fair", session.AcknowledgementComment);
        Assert.Equal(Lena, Assert.Single(effects.Notifications).PersonId);
        Assert.Contains("\"late\":false", Assert.Single(effects.Audit).After, StringComparison.Ordinal);
        Refused<ConflictException>(session, () => session.Dispute(Alice, "Changed my mind", OttoReviews, Now.AddHours(3)));
    }

    [Fact]
    public void A_scheduled_session_cannot_be_answered_yet()
    {
        var session = Scheduled();

        Refused<ConflictException>(session, () => session.Acknowledge(Alice, null, Now));
        Refused<ConflictException>(session, () => session.Dispute(Alice, "No", OttoReviews, Now));
    }

    [Fact]
    public void A_dispute_needs_a_reason_and_a_reviewer_who_leads_and_is_neither_coach_nor_agent()
    {
        var session = Held();

        Assert.Equal("reason", Refused<DomainException>(session, () => session.Dispute(Alice, " ", OttoReviews, Now.AddHours(2))).Field);
        Assert.Equal("reviewerId", Refused<DomainException>(session, () => session.Dispute(Alice, "Unfair", new ReviewerInfo(Lena, true, false), Now.AddHours(2))).Field);
        Assert.Equal("reviewerId", Refused<DomainException>(session, () => session.Dispute(Alice, "Unfair", new ReviewerInfo(Alice, true, false), Now.AddHours(2))).Field);
        Assert.Equal("reviewerId", Refused<DomainException>(session, () => session.Dispute(Alice, "Unfair", new ReviewerInfo(Bob, false, false), Now.AddHours(2))).Field);
        Refused<NotPermittedException>(session, () => session.Dispute(Lena, "Unfair", OttoReviews, Now.AddHours(2)));

        var effects = session.Dispute(Alice, "Unfair", OttoReviews, Now.AddHours(2));

        Assert.Equal((CoachingStatus.Disputed, Otto), (session.Status, session.ReviewerId));
        Assert.Equal([Otto, Lena], effects.Notifications.Select(n => n.PersonId));
    }

    [Fact]
    public void The_coach_cannot_review_the_dispute_nor_can_a_lead_it_was_not_assigned_to()
    {
        var session = Disputed();

        Refused<NotPermittedException>(session, () => session.ReviewDispute(new ReviewerInfo(Lena, true, true), DisputeDecision.Upheld, "Stands", null, Now.AddHours(3)));
        Refused<NotPermittedException>(session, () => session.ReviewDispute(new ReviewerInfo(Alice, true, false), DisputeDecision.Upheld, "Stands", null, Now.AddHours(3)));
        Refused<NotPermittedException>(session, () => session.ReviewDispute(new ReviewerInfo(Guid.NewGuid(), true, false), DisputeDecision.Upheld, "Stands", null, Now.AddHours(3)));
        Refused<NotPermittedException>(session, () => session.ReviewDispute(new ReviewerInfo(Otto, false, false), DisputeDecision.Upheld, "Stands", null, Now.AddHours(3)));
    }

    [Fact]
    public void The_assigned_reviewer_upholds_with_a_reason()
    {
        var session = Disputed();

        Assert.Equal("reason", Refused<DomainException>(session, () => session.ReviewDispute(OttoReviews, DisputeDecision.Upheld, "", null, Now.AddHours(3))).Field);
        Assert.Equal("amendment", Refused<DomainException>(session, () => session.ReviewDispute(OttoReviews, DisputeDecision.Upheld, "Stands",
            new ConsequenceDecision(Consequence.Reward, null, null), Now.AddHours(3))).Field);
        var effects = session.ReviewDispute(OttoReviews, DisputeDecision.Upheld, "The callbacks were late on the agent's watch", null, Now.AddHours(3));

        Assert.Equal((CoachingStatus.DisputeReviewed, DisputeDecision.Upheld, Otto), (session.Status, session.ReviewDecision, session.ReviewedById));
        Assert.Equal(Consequence.ImprovementPlan, session.ConsequenceInForce);
        Assert.Equal([Alice, Lena], effects.Notifications.Select(n => n.PersonId));
        Refused<ConflictException>(session, () => session.ReviewDispute(OttoReviews, DisputeDecision.Upheld, "Again", null, Now.AddHours(4)));
    }

    [Fact]
    public void A_manager_may_take_over_a_review_and_amend_the_consequence_keeping_the_original()
    {
        var session = Disputed();

        Assert.Equal("amendment", Refused<DomainException>(session, () => session.ReviewDispute(MonaManages, DisputeDecision.Amended, "Late hand-overs", null, Now.AddHours(3))).Field);
        Assert.Equal("goals", Refused<DomainException>(session, () => session.ReviewDispute(MonaManages, DisputeDecision.Amended, "Late hand-overs",
            new ConsequenceDecision(Consequence.ImprovementPlan, null, null), Now.AddHours(3))).Field);
        session.ReviewDispute(MonaManages, DisputeDecision.Amended, "Late hand-overs", new ConsequenceDecision(Consequence.Repeat, null, null), Now.AddHours(3));

        Assert.Equal((Consequence.ImprovementPlan, Consequence.Repeat), (session.Consequence!.Value, session.ConsequenceInForce!.Value));
        Assert.Equal(Mona, session.ReviewedById);
    }

    [Fact]
    public void Past_the_deadline_without_an_answer_the_coach_and_the_coachs_lead_are_told_once()
    {
        var session = Held();
        var deadline = session.AcknowledgeBy!.Value;

        Refused<ConflictException>(session, () => session.MarkAcknowledgementOverdue(deadline.AddMinutes(-1), Mona));
        var effects = session.MarkAcknowledgementOverdue(deadline, Mona);

        Assert.Equal(deadline, session.AcknowledgementOverdueAt);
        Assert.Equal([Lena, Mona], effects.Notifications.Select(n => n.PersonId));
        Assert.Equal(AuditEventType.CoachingAcknowledgementOverdue, Assert.Single(effects.Audit).Type);
        Assert.Same(CoachingEffects.None, session.MarkAcknowledgementOverdue(deadline.AddHours(1), Mona));

        // A late answer is still taken, and shows as late.
        var acknowledged = session.Acknowledge(Alice, null, deadline.AddHours(2));
        Assert.Contains("\"late\":true", Assert.Single(acknowledged.Audit).After, StringComparison.Ordinal);
        Assert.Equal(deadline, session.AcknowledgementOverdueAt);
    }

    [Fact]
    public void An_answered_session_is_never_flagged()
    {
        var session = Held();
        session.Acknowledge(Alice, null, Now.AddHours(2));

        Assert.Same(CoachingEffects.None, session.MarkAcknowledgementOverdue(Now.AddDays(10), Mona));
        Assert.Null(session.AcknowledgementOverdueAt);
    }
}
