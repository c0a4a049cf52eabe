using Baton.Core.Audit;

namespace Baton.Core.Coaching;

/// <summary>A message the server must deliver to a person after applying the change.</summary>
public sealed record CoachingNotification(Guid PersonId, string Text);

/// <summary>An audit event the server must write in the same transaction; the subject is the session.</summary>
public sealed record CoachingAuditEntry(AuditEventType Type, string? Before, string? After, string? Reason);

/// <summary>What must happen besides the state change itself. Decisions return it; the server applies it.</summary>
public sealed record CoachingEffects(IReadOnlyList<CoachingNotification> Notifications, IReadOnlyList<CoachingAuditEntry> Audit)
{
    public static readonly CoachingEffects None = new([], []);

    /// <summary>One audit entry and a notification for each person given (never the actor, never twice).</summary>
    internal static CoachingEffects Of(CoachingAuditEntry audit, Guid? actorId, params (Guid? PersonId, string Text)[] notify)
    {
        var notifications = new List<CoachingNotification>();
        foreach (var (personId, text) in notify)
        {
            if (personId is { } id && id != actorId && notifications.All(n => n.PersonId != id))
            {
                notifications.Add(new CoachingNotification(id, text));
            }
        }
        return new CoachingEffects(notifications, [audit]);
    }
}

/// <summary>A new session and the effects of scheduling it.</summary>
public sealed record CoachingResult(CoachingSession Session, CoachingEffects Effects);
