using Baton.Core.Telephony;

namespace Baton.Server.Features.Telephony;

/// <summary>
/// One delivered call event, kept as received. Its unique delivery id makes a redelivery change nothing, and a call's
/// events are reconciled again from these rows, in PBX-time order, whenever one more arrives.
/// </summary>
public sealed class CallEventRecord
{
    public Guid Id { get; init; }
    public required string DeliveryId { get; init; }
    public required string CallId { get; init; }
    public CallEventKind Kind { get; init; }
    /// <summary>The PBX's timestamp.</summary>
    public DateTime At { get; init; }
    public required string Caller { get; init; }
    public required string Queue { get; init; }
    public int? Code { get; init; }
    public string? By { get; init; }
    public string? Agent { get; init; }
    public string? TargetQueue { get; init; }
    public string? MenuOption { get; init; }
    public string? Notes { get; init; }
    public string? Transcript { get; init; }
    public DateTime ReceivedAt { get; init; }
    /// <summary>The integration token that posted it.</summary>
    public Guid TokenId { get; init; }

    public CallEvent ToEvent() => new(Kind, At, Agent, By, Code, TargetQueue, MenuOption, Notes, Transcript);
}
