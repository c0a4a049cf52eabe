using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Timers;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Handover;

/// <summary>
/// Fires <see cref="ShiftEndTimers.Kind"/> (subject: the shift) Handover:LeadMinutes before a shift ends and hands the
/// person's items over. It only stages changes; the dispatcher saves them with the fired mark in one transaction, and the
/// live changes (commitments and notifications) are published by <see cref="Infrastructure.LiveAfterCommit"/> once that
/// transaction commits, so a view refreshing on them sees the handover. A shift deleted since is skipped.
/// </summary>
public sealed class ShiftEndHandoverTimer(ILogger<ShiftEndHandoverTimer> logger) : ITimerHandler
{
    public string Kind => ShiftEndTimers.Kind;

    public async Task HandleAsync(BatonDb db, ScheduledTimer timer, DateTime now, CancellationToken ct)
    {
        var shift = await db.Shifts.AsNoTracking().FirstOrDefaultAsync(s => s.Id == timer.SubjectId, ct);
        if (shift is null)
        {
            return;
        }
        var report = await ShiftHandover.StageAsync(db, Actor.System, shift.PersonId, shift.End, now, onlyAtEndOfDuty: true, ct);
        if (report is { Items.Count: > 0 })
        {
            logger.LogInformation("Shift handover for {Person}: {Passed} passed, {OrphanRisk} orphan risk", report.PersonName, report.Passed, report.OrphanRisk);
        }
    }
}
