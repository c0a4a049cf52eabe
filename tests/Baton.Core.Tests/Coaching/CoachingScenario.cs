using Baton.Core.Coaching;

namespace Baton.Core.Tests.Coaching;

/// <summary>Fixed people and a session in each state, built through the aggregate's own operations.</summary>
internal static class CoachingScenario
{
    public static readonly Guid Lena = Guid.Parse("00000000-0000-0000-0000-00000000001e");
    public static readonly Guid Alice = Guid.Parse("00000000-0000-0000-0000-0000000000a1");
    /// <summary>Another team lead, eligible to review disputes.</summary>
    public static readonly Guid Otto = Guid.Parse("00000000-0000-0000-0000-0000000000b7");
    public static readonly Guid Mona = Guid.Parse("00000000-0000-0000-0000-0000000000aa");
    /// <summary>An agent without a lead role.</summary>
    public static readonly Guid Bob = Guid.Parse("00000000-0000-0000-0000-0000000000b0");

    // Monday 2 March 2026, 09:00 UTC.
    public static readonly DateTime Now = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    public static readonly ReviewerInfo OttoReviews = new(Otto, HoldsLeadRole: true, IsManager: false);
    public static readonly ReviewerInfo MonaManages = new(Mona, HoldsLeadRole: true, IsManager: true);

    public static EvidenceSnapshot Kept(int n) =>
        new(EvidenceKind.Commitment, $"commitment/{n}", $"Callback #{n}: kept", $$"""{"outcome":"Kept","n":{{n}}}""");

    public static CoachingSession Scheduled()
    {
        var result = CoachingSession.Schedule(Guid.NewGuid(), Lena, Alice, coachLeadsAgent: true, "Callbacks on time", Now.AddHours(1), [Kept(1)], Now);
        return result.Session;
    }

    public static IReadOnlyList<ActionItemInput> BothSides() =>
    [
        new(Guid.NewGuid(), ActionItemSide.Agent, "Call back within the promised hour", Now.AddDays(7)),
        new(Guid.NewGuid(), ActionItemSide.Coach, "Free up an hour for callbacks on Fridays", Now.AddDays(5)),
    ];

    public static CoachingSession Held(Consequence consequence = Consequence.Reward)
    {
        var session = Scheduled();
        var goals = consequence == Consequence.ImprovementPlan ? new[] { new GoalInput("Kept rate at 90%", Now.AddDays(30)) } : null;
        session.Hold(Lena, "We went through last week's callbacks.", new ConsequenceDecision(consequence, goals,
            consequence == Consequence.Release ? "Left for another role" : null), BothSides(), null, null, Now.AddHours(1));
        return session;
    }

    public static CoachingSession Disputed()
    {
        var session = Held(Consequence.ImprovementPlan);
        session.Dispute(Alice, "Two of those callbacks were handed over to me late", OttoReviews, Now.AddHours(2));
        return session;
    }

    /// <summary>Everything an operation could change, to prove a refusal changed nothing.</summary>
    public static object Snapshot(CoachingSession s) => (s.Status, s.Version, s.Notes, s.Consequence, s.AmendedConsequence, s.ReviewerId,
        s.AcknowledgedAt, s.DisputeReason, s.ReviewDecision, s.AcknowledgementOverdueAt,
        string.Join("|", s.Goals), string.Join("|", s.ActionItems), string.Join("|", s.Evidence));

    public static TException Refused<TException>(CoachingSession session, Action operation)
        where TException : DomainException
    {
        var before = Snapshot(session);
        var refusal = Assert.Throws<TException>(operation);
        Assert.Equal(before, Snapshot(session));
        return refusal;
    }
}
