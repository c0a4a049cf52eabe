using Baton.Core.Audit;

namespace Baton.Core.Commitments;

public sealed partial class Commitment
{
    /// <summary>Records a try at keeping the commitment (owner or lead only); the commitment is then in progress.</summary>
    public AttemptRecorded RecordAttempt(AttemptChannel channel, AttemptResult result, string? note, Guid actorId, bool actorIsLeadOfOwner, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireAccepted("recording attempts");
        RequireOwnerOrLead(actorId, actorIsLeadOfOwner, "record attempts");
        var attempt = new Attempt(Attempts.Count + 1, channel, result, now, actorId, note);

        Attempts.Add(attempt);
        MoveTo(CommitmentStatus.InProgress);
        AddTimeline(now, actorId, TimelineEntryKind.Attempt, WithNote($"{channel} attempt: {result}", attempt.Note));
        Touch();
        var effects = new EffectsBuilder(Id, actorId)
            .Audit(AuditEventType.CommitmentAttemptRecorded, null,
                AuditState.Of(("sequence", attempt.Sequence), ("channel", channel), ("result", result), ("at", now)), attempt.Note)
            .Build();
        return new AttemptRecorded(attempt, attempt.Reached, effects);
    }
}
