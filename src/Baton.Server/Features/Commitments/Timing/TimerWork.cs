using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Notifications;
using Baton.Server.Features.Timers;
using Baton.Server.Infrastructure;

namespace Baton.Server.Features.Commitments.Timing;

/// <summary>What the commitment timer handlers share: record effects as Baton itself, notify, and tell live views after commit.</summary>
public sealed class TimerWork(AfterCommit afterCommit, LiveUpdates live)
{
    public async Task ApplyAsync(BatonDb db, DateTime now, CommitmentEffects effects, IEnumerable<Commitment> changed, CancellationToken ct)
    {
        await CommitmentWork.RecordAsync(db, Actor.System, now, effects, ct);
        var list = changed.ToList();
        afterCommit.Add(() =>
        {
            foreach (var c in list)
            {
                live.Publish(new LiveChange("commitment", c.Id, CommitmentWork.AffectedPeople(c, effects)));
            }
        });
    }

    public void Notify(BatonDb db, Guid? personId, Guid commitmentId, string text, DateTime now)
    {
        if (personId is not { } id)
        {
            return;
        }
        // The live toast follows from the save itself (Infrastructure/LiveAfterCommit), like every other notification.
        db.Notifications.Add(new Notification(Guid.CreateVersion7(), id, commitmentId, text, now));
    }
}
