using Baton.Core;
using Baton.Core.Telephony;

namespace Baton.Server.Features.Interactions;

/// <summary>
/// One call with a customer: its queue, caller, agent, the instants it was queued, answered and ended, wait and talk
/// time and outcome, linked to the customer (matched by E.164 number) and to their open case. Its call fields are a
/// copy of the reconciled <see cref="CallState"/>, so they are always what all the call's events add up to.
/// </summary>
public sealed class Interaction
{
    private Interaction() { }

    public Interaction(Guid id, string callId, string caller, string? callerNumber, Guid queueId, string queueName, Guid? customerId, Guid? caseId, DateTime now)
    {
        Id = id;
        CallId = callId;
        Caller = caller;
        CallerNumber = callerNumber;
        QueueId = queueId;
        QueueName = queueName;
        CustomerId = customerId;
        CaseId = caseId;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public Guid Id { get; private set; }
    /// <summary>The PBX's call id (SIP Call-ID): one interaction per call.</summary>
    public string CallId { get; private set; } = "";
    /// <summary>The caller as the PBX sent it.</summary>
    public string Caller { get; private set; } = "";
    /// <summary>The caller in E.164, when it is a phone number.</summary>
    public string? CallerNumber { get; private set; }
    public Guid QueueId { get; private set; }
    public string QueueName { get; private set; } = "";
    public Guid? CustomerId { get; private set; }
    public Guid? CaseId { get; private set; }
    /// <summary>The agent's user name as the PBX sent it; <see cref="AgentId"/> when it names a person.</summary>
    public string? AgentUserName { get; private set; }
    public Guid? AgentId { get; private set; }
    public CallStatus Status { get; private set; }
    public DateTime QueuedAt { get; private set; }
    public DateTime? AnsweredAt { get; private set; }
    public DateTime? EndedAt { get; private set; }
    public double? WaitSeconds { get; private set; }
    public double? TalkSeconds { get; private set; }
    public double HoldSeconds { get; private set; }
    public string? HungUpBy { get; private set; }
    public int? FailureCode { get; private set; }
    public string? MenuOption { get; private set; }
    /// <summary>The queues the call was transferred to, in order.</summary>
    public List<string> TransferredTo { get; private set; } = [];
    public string? Notes { get; private set; }
    public string? Transcript { get; private set; }
    /// <summary>The callback Baton promised for this call (a dropped, abandoned or failed call), if any.</summary>
    public Guid? CallbackId { get; private set; }
    /// <summary>Why a call that needed a callback has none (nobody to own it, a withheld number).</summary>
    public string? CallbackGap { get; private set; }
    /// <summary>What the call was about, as its handler named it at wrap-up (lower case); null until then.</summary>
    public string? Topic { get; private set; }
    /// <summary>Whether the handler marked the issue resolved on this call; null until the wrap-up.</summary>
    public bool? Resolved { get; private set; }
    public DateTime? WrappedUpAt { get; private set; }
    /// <summary>After-call work: from the end of the call to the first wrap-up, at most <see cref="MaxWrapUp"/>.</summary>
    public double? WrapUpSeconds { get; private set; }
    /// <summary>Talk (hold included) plus after-call work, once an answered call has ended.</summary>
    public double? HandleSeconds { get; private set; }
    /// <summary>
    /// Seconds from this call to the customer's first later contact that repeats it (same topic, or not yet named), when
    /// one came within <see cref="RepeatContactTracking.Horizon"/>; kept current as calls arrive and are wrapped up, so
    /// first-contact resolution over a year is an indexed read rather than a search for later calls.
    /// </summary>
    public double? RepeatGapSeconds { get; private set; }
    public int EventCount { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime UpdatedAt { get; private set; }
    /// <summary>Optimistic concurrency: two events of one call (or of one customer's calls) reconciled at once; the later one retries.</summary>
    public int Version { get; private set; }

    public const int TopicMinLength = 2;
    public const int TopicMaxLength = 80;

    /// <summary>
    /// Wrap-ups done the next morning are not after-call work: the time counted from the end of the call is capped here,
    /// so a late wrap-up never makes a call look long.
    /// </summary>
    public static readonly TimeSpan MaxWrapUp = TimeSpan.FromMinutes(15);

    /// <summary>The agent who answered the call says whether it resolved the issue and names the topic. Can be corrected later.</summary>
    public void WrapUp(Guid personId, bool resolved, string? topic, DateTime now)
    {
        if (AgentId is null || AnsweredAt is null)
        {
            throw new DomainException("interaction", "Nobody answered this call, so there is nothing to wrap up.");
        }
        if (personId != AgentId)
        {
            throw new NotPermittedException("interaction", "Only the agent who handled the call can wrap it up.");
        }
        if (EndedAt is not { } ended)
        {
            throw new ConflictException("interaction", "The call is still going on; wrap it up once it has ended.");
        }
        var normalized = string.Join(' ', (topic ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (normalized.Length is < TopicMinLength or > TopicMaxLength)
        {
            throw new DomainException("topic", $"Name what the call was about in {TopicMinLength} to {TopicMaxLength} characters (e.g. \"refund\").");
        }
        now = Instants.Normalize(now);
        if (WrappedUpAt is null)
        {
            var afterCall = now - ended;
            WrapUpSeconds = Math.Clamp(afterCall.TotalSeconds, 0, MaxWrapUp.TotalSeconds);
        }
        Topic = normalized;
        Resolved = resolved;
        WrappedUpAt = now;
        UpdatedAt = now;
        HandleSeconds = HandleTimeOf();
        Version++;
    }

    /// <summary>
    /// A derived figure, so the update time stays; the version moves when the gap does, so two saves that recompute the
    /// same call's gap at once cannot both count their change in the daily tallies: the later one retries.
    /// </summary>
    internal void RecordRepeatGap(TimeSpan? gap)
    {
        var seconds = gap?.TotalSeconds;
        if (seconds != RepeatGapSeconds)
        {
            RepeatGapSeconds = seconds;
            Version++;
        }
    }

    private double? HandleTimeOf() => AnsweredAt is not null && TalkSeconds is { } talk ? talk + (WrapUpSeconds ?? 0) : null;

    /// <summary>Copies the reconciled call onto the interaction.</summary>
    public void Apply(CallState call, int eventCount, Guid? agentId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(call);
        Status = call.Status;
        QueuedAt = call.QueuedAt;
        AnsweredAt = call.AnsweredAt;
        EndedAt = call.EndedAt;
        WaitSeconds = call.WaitTime?.TotalSeconds;
        TalkSeconds = call.TalkTime?.TotalSeconds;
        HoldSeconds = call.HoldTime.TotalSeconds;
        HungUpBy = call.HungUpBy;
        FailureCode = call.FailureCode;
        MenuOption = call.MenuOption;
        TransferredTo = call.Transfers.Select(t => t.ToQueue).OfType<string>().ToList();
        Notes = call.Notes;
        Transcript = call.Transcript;
        AgentUserName = call.Agent;
        AgentId = agentId;
        EventCount = eventCount;
        HandleSeconds = HandleTimeOf();
        UpdatedAt = Instants.Normalize(now);
        Version++;
    }

    public void PromisedCallback(Guid commitmentId)
    {
        CallbackId = commitmentId;
        CallbackGap = null;
    }

    public void NoCallback(string why) => CallbackGap = why;
}
