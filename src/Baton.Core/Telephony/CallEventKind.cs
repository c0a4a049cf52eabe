namespace Baton.Core.Telephony;

/// <summary>A call-state change a PBX reports. Numbers are stored: never renumber.</summary>
public enum CallEventKind
{
    Queued = 1,
    Ringing = 2,
    Answered = 3,
    Transferred = 4,
    Held = 5,
    Resumed = 6,
    Dropped = 7,
    HungUp = 8,
    Abandoned = 9,
    Failed = 10,
}

public static class CallEventKinds
{
    private static readonly Dictionary<string, CallEventKind> ByWireName = new(StringComparer.Ordinal)
    {
        ["call.queued"] = CallEventKind.Queued,
        ["call.ringing"] = CallEventKind.Ringing,
        ["call.answered"] = CallEventKind.Answered,
        ["call.transferred"] = CallEventKind.Transferred,
        ["call.held"] = CallEventKind.Held,
        ["call.resumed"] = CallEventKind.Resumed,
        ["call.dropped"] = CallEventKind.Dropped,
        ["call.hungup"] = CallEventKind.HungUp,
        ["call.abandoned"] = CallEventKind.Abandoned,
        ["call.failed"] = CallEventKind.Failed,
    };

    public static IReadOnlyCollection<string> WireNames => ByWireName.Keys;

    /// <summary>"call.answered" → Answered; anything else is refused naming the field.</summary>
    public static CallEventKind Parse(string? wireName) =>
        wireName is not null && ByWireName.TryGetValue(wireName.Trim(), out var kind)
            ? kind
            : throw new DomainException("event", $"Unknown call event '{wireName}'. Use one of: {string.Join(", ", ByWireName.Keys)}.");

    public static string WireName(this CallEventKind kind) => "call." + kind.ToString().ToLowerInvariant();

    /// <summary>
    /// Where an event sits in a call's life, to order events that carry the same timestamp
    /// (a PBX clock with second resolution): queued before ringing before answered… before the end.
    /// </summary>
    public static int LifecycleRank(this CallEventKind kind) => kind switch
    {
        CallEventKind.Queued => 0,
        CallEventKind.Ringing => 1,
        CallEventKind.Answered => 2,
        CallEventKind.Held => 3,
        CallEventKind.Resumed => 4,
        CallEventKind.Transferred => 5,
        CallEventKind.Dropped or CallEventKind.HungUp or CallEventKind.Abandoned or CallEventKind.Failed => 9,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown call event kind."),
    };
}
