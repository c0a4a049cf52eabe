namespace Baton.Core.Telephony;

/// <summary>A transfer of a live call to another queue.</summary>
public sealed record CallTransfer(DateTime At, string? ToQueue, string? ToAgent);

/// <summary>
/// What a call's events add up to. Built by <see cref="Reconcile"/> from all of a call's events ordered by the PBX's
/// timestamps, so the result does not depend on the order they arrived in: an answer that arrives before its queued
/// event still yields the right wait, and an event stamped after the call ended does not reopen it.
/// </summary>
public sealed record CallState
{
    public CallStatus Status { get; init; }
    /// <summary>When the call entered the queue: its queued event, or its earliest event when that never came.</summary>
    public DateTime QueuedAt { get; init; }
    public DateTime? RingingAt { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public DateTime? EndedAt { get; init; }
    /// <summary>The agent's user name: the last one named before the end.</summary>
    public string? Agent { get; init; }
    public string? HungUpBy { get; init; }
    public int? FailureCode { get; init; }
    public string? MenuOption { get; init; }
    public string? Notes { get; init; }
    public string? Transcript { get; init; }
    public TimeSpan HoldTime { get; init; }
    public IReadOnlyList<CallTransfer> Transfers { get; init; } = [];
    /// <summary>Events stamped after the end, which changed nothing.</summary>
    public int IgnoredAfterEnd { get; init; }

    public bool WasAnswered => AnsweredAt is not null;

    /// <summary>Queued → answered; for a call nobody answered, queued → end (how long the caller waited in vain).</summary>
    public TimeSpan? WaitTime => (AnsweredAt ?? EndedAt) is { } until ? NonNegative(until - QueuedAt) : null;

    /// <summary>Answered → end, holds included (as the PBX bills it); null until both are known.</summary>
    public TimeSpan? TalkTime => AnsweredAt is { } answered && EndedAt is { } ended ? NonNegative(ended - answered) : null;

    private DateTime? HoldStartedAt { get; init; }

    /// <summary>
    /// Folds a call's events in PBX-time order; events of one instant go in lifecycle order (then by kind, so two different
    /// endings stamped alike resolve the same way whatever their arrival). Needs at least one event.
    /// </summary>
    public static CallState Reconcile(IEnumerable<CallEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var ordered = events.OrderBy(e => e.At).ThenBy(e => e.Kind.LifecycleRank()).ThenBy(e => e.Kind).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("A call has at least one event.", nameof(events));
        }
        var queued = ordered.FirstOrDefault(e => e.Kind == CallEventKind.Queued)?.At ?? ordered[0].At;
        var state = new CallState { Status = CallStatus.Queued, QueuedAt = Instants.Normalize(queued) };
        return ordered.Aggregate(state, (s, e) => s.Status.IsEnded() ? s with { IgnoredAfterEnd = s.IgnoredAfterEnd + 1 } : s.Apply(e));
    }

    private CallState Apply(CallEvent e)
    {
        var at = Instants.Normalize(e.At);
        var next = this with
        {
            Agent = Clean(e.Agent) ?? Agent,
            MenuOption = Clean(e.MenuOption) ?? MenuOption,
            Notes = Clean(e.Notes) ?? Notes,
            Transcript = Clean(e.Transcript) ?? Transcript,
        };
        return e.Kind switch
        {
            CallEventKind.Queued => next,
            CallEventKind.Ringing => Status is CallStatus.Queued or CallStatus.Ringing
                ? next with { Status = CallStatus.Ringing, RingingAt = RingingAt ?? at }
                : next,
            CallEventKind.Answered => Status is CallStatus.Queued or CallStatus.Ringing
                ? next with { Status = CallStatus.Connected, AnsweredAt = at }
                : next,
            CallEventKind.Held => Status == CallStatus.Connected ? next with { Status = CallStatus.OnHold, HoldStartedAt = at } : next,
            CallEventKind.Resumed => Status == CallStatus.OnHold ? next.EndHold(at) with { Status = CallStatus.Connected } : next,
            CallEventKind.Transferred => next with { Transfers = [.. Transfers, new CallTransfer(at, Clean(e.TargetQueue), Clean(e.Agent))] },
            CallEventKind.HungUp => next.End(at, WasAnswered ? CallStatus.Completed : CallStatus.Abandoned) with { HungUpBy = Clean(e.By) },
            CallEventKind.Dropped => next.End(at, CallStatus.Dropped),
            CallEventKind.Abandoned => next.End(at, WasAnswered ? CallStatus.Completed : CallStatus.Abandoned),
            CallEventKind.Failed => next.End(at, WasAnswered ? CallStatus.Completed : CallStatus.Failed) with { FailureCode = e.Code },
            _ => throw new ArgumentOutOfRangeException(nameof(e), e.Kind, "Unknown call event kind."),
        };
    }

    private CallState End(DateTime at, CallStatus outcome) => EndHold(at) with { Status = outcome, EndedAt = at };

    private CallState EndHold(DateTime at) => HoldStartedAt is { } started
        ? this with { HoldTime = HoldTime + NonNegative(at - started), HoldStartedAt = null }
        : this;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static TimeSpan NonNegative(TimeSpan span) => span < TimeSpan.Zero ? TimeSpan.Zero : span;
}
