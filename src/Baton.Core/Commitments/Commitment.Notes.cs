using Baton.Core.Audit;

namespace Baton.Core.Commitments;

public sealed partial class Commitment
{
    /// <summary>Keeps someone informed without making them the owner. Adding a current watcher changes nothing.</summary>
    public CommitmentEffects AddWatcher(Guid personId, Guid actorId, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        CommitmentRules.RequireId(personId, "personId");
        if (Watchers.Contains(personId))
        {
            return CommitmentEffects.None;
        }

        Watchers.Add(personId);
        AddTimeline(now, actorId, TimelineEntryKind.WatcherAdded, "Watcher added");
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentWatcherAdded, null, AuditState.Of(("watcherId", personId)), null)
            .Notify(personId, $"You are watching: {Label}")
            .Build();
    }

    /// <summary>Stops informing someone. Removing a non-watcher changes nothing.</summary>
    public CommitmentEffects RemoveWatcher(Guid personId, Guid actorId, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        if (!Watchers.Contains(personId))
        {
            return CommitmentEffects.None;
        }

        Watchers.Remove(personId);
        AddTimeline(now, actorId, TimelineEntryKind.WatcherRemoved, "Watcher removed");
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentWatcherRemoved, AuditState.Of(("watcherId", personId)), null, null)
            .Build();
    }

    /// <summary>Adds a note to the timeline; allowed even after closing.</summary>
    public CommitmentEffects Comment(string text, Guid actorId, DateTime now)
    {
        now = Instants.Normalize(now);
        CommitmentRules.RequireId(actorId, "actorId");
        text = CommitmentRules.RequireText(text, "text", CommitmentRules.MaxNoteLength, "A comment");

        AddTimeline(now, actorId, TimelineEntryKind.Comment, text);
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentCommented, null, AuditState.Of(("text", text)), null)
            .Notify(OwnerId, $"New comment: {Label}")
            .Notify(Watchers, $"New comment: {Label}")
            .Build();
    }

    /// <summary>
    /// Records what the customer wrote or said. It never changes the status or the outcome (invariant 9):
    /// a "thanks" does not cancel an agreed follow-up; only the owner closing it does.
    /// </summary>
    public CommitmentEffects RecordCustomerMessage(string text, Guid? actorId, DateTime now)
    {
        now = Instants.Normalize(now);
        text = CommitmentRules.RequireText(text, "text", CommitmentRules.MaxNoteLength, "The message");

        AddTimeline(now, actorId, TimelineEntryKind.CustomerMessage, text);
        Touch();
        return new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentCustomerMessage, null, AuditState.Of(("text", text)), null)
            .Notify(OwnerId, IsClosed
                ? $"The customer wrote about a closed commitment: {Label}"
                : $"The customer wrote; the commitment stays open until you close it: {Label}")
            .Build();
    }
}
