namespace Baton.Core.Coaching;

/// <summary>What a coaching session decided. Numbers are stored: never renumber.</summary>
public enum Consequence
{
    /// <summary>The agent did well; the reward is recorded as the lead's action item.</summary>
    Reward = 1,
    /// <summary>Coach again: the topic needs another session.</summary>
    Repeat = 2,
    /// <summary>A plan with goals, each with a due date.</summary>
    ImprovementPlan = 3,
    /// <summary>The agent leaves the role; a reason is required.</summary>
    Release = 4,
}

/// <summary>Where a session stands. Numbers are stored: never renumber.</summary>
public enum CoachingStatus
{
    Scheduled = 1,
    /// <summary>Held and recorded; waiting for the agent to acknowledge or dispute it.</summary>
    Held = 2,
    Acknowledged = 3,
    /// <summary>The agent disputed it; a reviewer other than the coach decides.</summary>
    Disputed = 4,
    DisputeReviewed = 5,
}

/// <summary>A reviewer's decision on a dispute. Numbers are stored: never renumber.</summary>
public enum DisputeDecision
{
    /// <summary>The session stands as the coach recorded it.</summary>
    Upheld = 1,
    /// <summary>The consequence is changed; the session keeps the original beside the amendment.</summary>
    Amended = 2,
}

/// <summary>Whose promise an action item is. Numbers are stored: never renumber.</summary>
public enum ActionItemSide
{
    /// <summary>The lead's own promise to the agent, tracked like anyone's.</summary>
    Coach = 1,
    /// <summary>The agent's promise to the lead.</summary>
    Agent = 2,
}
