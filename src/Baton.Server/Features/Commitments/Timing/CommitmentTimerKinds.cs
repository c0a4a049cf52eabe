namespace Baton.Server.Features.Commitments.Timing;

/// <summary>The timer kinds a commitment schedules. Stored in the timers table: never rename.</summary>
public static class CommitmentTimerKinds
{
    public const string Prefix = "commitment.";
    public const string Reminder = "commitment.reminder";
    public const string Due = "commitment.due";
    public const string OverdueRepeat = "commitment.overdue-repeat";
    public const string Escalation = "commitment.escalation";
    public const string AcceptanceSla = "commitment.acceptance-sla";
    public const string NextAttempt = "commitment.next-attempt";

    /// <summary>Timers that follow the commitment's current state and are recomputed after every change.</summary>
    public static readonly IReadOnlyList<string> FollowState = [Reminder, Due, AcceptanceSla, NextAttempt];
}
