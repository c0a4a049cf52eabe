using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Cases;

/// <summary>
/// case.wait: the wait's instant has passed; the workflow resumes (WorkflowRunner.Resume) and its effects are applied in
/// the dispatcher's transaction. A case that moved on meanwhile (migrated, completed) is left alone.
/// </summary>
public sealed class CaseWaitTimer : ITimerHandler
{
    public string Kind => CaseWork.WaitTimer;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var c = await CaseWork.FindAsync(db, timer.SubjectId, ct);
        if (c is null || c.Status != WorkflowStatus.Waiting || c.WaitUntil is not { } until || until > now)
        {
            return;
        }
        var definition = await CaseWork.DefinitionAsync(db, c.WorkflowKey, c.WorkflowVersion, ct);
        var state = CaseStateJson.Read(c.StateJson);
        var result = WorkflowRunner.Resume(definition, state, now);
        c.AddTimeline(now, null, CaseTimelineKind.WaitElapsed, c.CurrentNodeId, "The wait is over");
        await CaseWork.ApplyAsync(db, c, definition, result, Actor.System, Guid.Empty, AuditEventType.CaseWaitElapsed, null, now, ct);
    }
}
