using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>After an unsuccessful attempt, tells the owner when the attempt policy says to try again.</summary>
public sealed class NextAttemptTimer(TimerWork work) : ITimerHandler
{
    public string Kind => CommitmentTimerKinds.NextAttempt;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var c = await CommitmentWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null || c.IsClosed || c.IsOnHold || c.Attempts.Count == 0 || c.Attempts[^1].Reached)
        {
            return;
        }
        var evaluation = AttemptPolicy.For(c.Kind).Evaluate(c.Attempts);
        var progress = $"{evaluation.AttemptsCounted} of {AttemptPolicy.For(c.Kind).MinAttempts}";
        work.Notify(db, c.OwnerId, c.Id, $"Time for the next attempt ({progress} made so far): {c.What}", now);
    }
}
