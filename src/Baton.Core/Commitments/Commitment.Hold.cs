using Baton.Core.Audit;

namespace Baton.Core.Commitments;

public sealed partial class Commitment
{
    /// <summary>When the item was put on hold waiting on the customer; null when it is not on hold.</summary>
    public DateTime? OnHoldSince { get; private set; }
    public string? OnHoldReason { get; private set; }

    public bool IsOnHold => OnHoldSince is not null;

    /// <summary>
    /// Waiting on the customer: the SLA clock pauses (reminders, due, acceptance and escalation timers stop) until it resumes.
    /// </summary>
    public CommitmentEffects PutOnHold(string? reason, Guid actorId, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "put it on hold");
        if (IsOnHold)
        {
            throw new ConflictException("onHold", "It is already on hold.");
        }
        var why = CommitmentRules.RequireText(reason, "reason", CommitmentRules.MaxReasonLength, "What the customer is to do (the reason for the hold)");
        OnHoldSince = now;
        OnHoldReason = why;
        Touch();
        AddTimeline(now, actorId, TimelineEntryKind.OnHold, $"On hold, waiting on the customer: {why}");
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentPutOnHold, null, AuditState.Of(("onHoldSince", now), ("reason", why)), why)
            .Build();
    }

    /// <summary>Ends the hold; the due time moves on by the time spent on hold, so the paused clock resumes where it stopped.</summary>
    public CommitmentEffects Resume(Guid actorId, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "resume it");
        if (OnHoldSince is not { } since)
        {
            throw new ConflictException("onHold", "It is not on hold.");
        }
        var held = now - since;
        var before = Due;
        Due = Instants.Normalize(Due + held);
        OnHoldSince = null;
        OnHoldReason = null;
        Touch();
        AddTimeline(now, actorId, TimelineEntryKind.Resumed, $"Resumed after {Math.Round(held.TotalMinutes)} min on hold; due moved to {Instants.Display(Due)}");
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentResumed, AuditState.Of(("due", before)), AuditState.Of(("due", Due), ("heldMinutes", Math.Round(held.TotalMinutes))), null)
            .Build();
    }

    /// <summary>Notes on the timeline that an overdue item (or an unaccepted hand-off) was escalated to someone.</summary>
    public CommitmentEffects RecordEscalation(Guid escalatedToId, Guid escalationId, string why, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        AddWatcherIfMissing(escalatedToId);
        Touch();
        AddTimeline(now, null, TimelineEntryKind.Escalated, why);
        return new EffectsBuilder(Id, null)
            .Audit(AuditEventType.CommitmentEscalated, null, AuditState.Of(("escalatedToId", escalatedToId), ("escalationId", escalationId)), why)
            .Notify(OwnerId, why)
            .Build();
    }
}
