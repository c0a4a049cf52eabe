using Baton.Core.Organization;

namespace Baton.Core.Telephony;

/// <summary>Who owns the callback a call needs.</summary>
public enum CallbackOwner
{
    /// <summary>The agent who was talking to the customer when the call dropped: they call back.</summary>
    Agent = 1,
    /// <summary>The on-duty lead of the queue's department, who may assign it.</summary>
    QueueLead = 2,
}

/// <summary>A callback to promise: who owns it, how soon, and why (the text shown on the commitment).</summary>
public sealed record CallbackPlan(CallbackOwner Owner, TimeSpan DueIn, string What);

/// <summary>What a change in a call's state asks Baton to do: move the agent's presence, promise a callback.</summary>
public sealed record CallFollowUp(Presence? AgentPresence, CallbackPlan? Callback)
{
    public static readonly CallFollowUp None = new(null, null);
}

/// <summary>How soon the automatic callbacks fall due.</summary>
public sealed record CallbackDelays(TimeSpan Reconnect, TimeSpan Unanswered);

public static class CallFollowUps
{
    /// <summary>
    /// Compares the call before and after an event. A call that just went live puts its agent OnCall; one that just
    /// ended after being answered puts them in WrapUp. A connected call that dropped gets a reconnect callback owned by
    /// its agent (or, with no known agent, the queue's lead); a call nobody answered gets a callback owned by the queue's
    /// lead. At most one callback per call: <paramref name="callbackPromised"/> says one exists already.
    /// </summary>
    public static CallFollowUp Decide(CallState? before, CallState after, bool callbackPromised, string caller, string queue, CallbackDelays delays)
    {
        ArgumentNullException.ThrowIfNull(after);
        ArgumentNullException.ThrowIfNull(delays);
        var wasLive = before?.Status.IsLive() == true;
        var wasEnded = before?.Status.IsEnded() == true;
        Presence? presence = after.Agent is null ? null
            : after.Status.IsLive() && !wasLive ? Presence.OnCall
            : after.Status.IsEnded() && after.WasAnswered && !wasEnded ? Presence.WrapUp
            : null;
        var callback = after.Status.IsEnded() && !wasEnded && !callbackPromised ? CallbackFor(after, caller, queue, delays) : null;
        return new CallFollowUp(presence, callback);
    }

    private static CallbackPlan? CallbackFor(CallState call, string caller, string queue, CallbackDelays delays)
    {
        var waited = call.WaitTime is { } w ? $" after waiting {Duration(w)}" : "";
        return call.Status switch
        {
            CallStatus.Completed => null,
            CallStatus.Dropped when call.WasAnswered && call.Agent is not null => new CallbackPlan(CallbackOwner.Agent, delays.Reconnect,
                $"Call {caller} back now: the call dropped while you were talking (queue {queue})."),
            CallStatus.Dropped when call.WasAnswered => new CallbackPlan(CallbackOwner.QueueLead, delays.Reconnect,
                $"Call {caller} back: a connected call in queue {queue} dropped and the PBX did not say which agent had it."),
            CallStatus.Dropped => new CallbackPlan(CallbackOwner.QueueLead, delays.Unanswered,
                $"Call {caller} back: the call dropped in queue {queue}{waited} before anyone answered."),
            CallStatus.Abandoned => new CallbackPlan(CallbackOwner.QueueLead, delays.Unanswered,
                $"Call {caller} back: they gave up in queue {queue}{waited} before anyone answered."),
            CallStatus.Failed => new CallbackPlan(CallbackOwner.QueueLead, delays.Unanswered,
                $"Call {caller} back: no agent took the call in queue {queue} ({FailureText(call.FailureCode)})."),
            CallStatus.Queued or CallStatus.Ringing or CallStatus.Connected or CallStatus.OnHold => null,
            _ => throw new ArgumentOutOfRangeException(nameof(call), call.Status, "Unknown call status."),
        };
    }

    /// <summary>The SIP status in words, for people reading the callback.</summary>
    public static string FailureText(int? code) => code switch
    {
        null => "the PBX gave no reason",
        486 or 600 => $"SIP {code}: busy",
        480 => "SIP 480: no agent available",
        408 => "SIP 408: nobody answered in time",
        487 => "SIP 487: the call was cancelled",
        503 => "SIP 503: the service was unavailable",
        { } c => $"SIP {c}",
    };

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes} min {span.Seconds} s" : $"{Math.Round(span.TotalSeconds)} s";
}
