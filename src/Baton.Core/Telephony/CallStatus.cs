namespace Baton.Core.Telephony;

/// <summary>Where a call stands. The last four are outcomes: once reached, later events change nothing.</summary>
public enum CallStatus
{
    Queued = 1,
    Ringing = 2,
    Connected = 3,
    OnHold = 4,
    /// <summary>Answered, then hung up by either side.</summary>
    Completed = 5,
    /// <summary>The connection was lost (network, PBX) rather than hung up.</summary>
    Dropped = 6,
    /// <summary>The caller gave up before anyone answered.</summary>
    Abandoned = 7,
    /// <summary>The call could not be put through (busy, no agent, timeout), with a SIP code.</summary>
    Failed = 8,
}

public static class CallStatuses
{
    public static bool IsEnded(this CallStatus status) => status switch
    {
        CallStatus.Completed or CallStatus.Dropped or CallStatus.Abandoned or CallStatus.Failed => true,
        CallStatus.Queued or CallStatus.Ringing or CallStatus.Connected or CallStatus.OnHold => false,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown call status."),
    };

    public static bool IsLive(this CallStatus status) => status is CallStatus.Connected or CallStatus.OnHold;
}
