using Baton.Core.Audit;

namespace Baton.Core.Commitments;

/// <summary>Collects one operation's notifications (one per person, never to the actor) and audit entries.</summary>
internal sealed class EffectsBuilder(Guid commitmentId, Guid? actorId)
{
    private readonly List<CommitmentNotification> _notifications = [];
    private readonly List<CommitmentAuditEntry> _audit = [];

    public EffectsBuilder Notify(Guid? personId, string text)
    {
        if (personId is { } id && id != actorId && _notifications.All(n => n.PersonId != id))
        {
            _notifications.Add(new CommitmentNotification(id, commitmentId, text));
        }
        return this;
    }

    public EffectsBuilder Notify(IEnumerable<Guid> people, string text)
    {
        foreach (var person in people)
        {
            Notify(person, text);
        }
        return this;
    }

    public EffectsBuilder Audit(AuditEventType type, string? before, string? after, string? reason)
    {
        _audit.Add(new CommitmentAuditEntry(commitmentId, type, before, after, reason));
        return this;
    }

    public CommitmentEffects Build() => new([.. _notifications], [.. _audit]);
}
