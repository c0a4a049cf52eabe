using Baton.Core.Coaching;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// coaching.acknowledgement: the agent's deadline passed. A session still unanswered is flagged overdue for acknowledgement and
/// the coach and the coach's lead are told; an answered one is left alone.
/// </summary>
public sealed class AcknowledgementDeadlineTimer : ITimerHandler
{
    public string Kind => CoachingWork.AcknowledgementTimer;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var session = await CoachingWork.FindAsync(db, timer.SubjectId, ct);
        if (session is null || session.Status != CoachingStatus.Held || now < session.AcknowledgeBy)
        {
            return;
        }
        var effects = session.MarkAcknowledgementOverdue(now, await CoachingWork.LeadOfAsync(db, session.CoachId, ct));
        await CoachingWork.RecordAsync(db, Actor.System, now, session, effects, ct);
    }
}
