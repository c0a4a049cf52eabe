using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Organization;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Notifications;
using Baton.Server.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Handover;

/// <summary>What happened to one item in a handover.</summary>
public sealed record HandoverLine(Guid CommitmentId, DateTime Due, string What, string Decision, Guid? ReceiverId, string? ReceiverName, string Note);

/// <summary>The result of one handover run for a person.</summary>
public sealed record HandoverReport(Guid PersonId, string PersonName, DateTime At, DateTime ShiftEnd, DateTime? NextShiftStart,
    int Passed, int OrphanRisk, IReadOnlyList<HandoverLine> Items);

/// <summary>
/// Invariant 5, applied for one person at the end of their duty: every open item they own that falls due while they are
/// off duty (before their next shift starts, or any time when none is rostered; items already overdue too) passes, now,
/// to the colleague the team's handover rule names (on shift at the due time, fewest open items, else the team lead),
/// custody reason ShiftHandover with an automatic note, and waits for that colleague's acknowledgement. An item nobody
/// eligible can take is flagged orphan risk at once and the team lead is told. Items due while the person is still on
/// duty stay with them.
/// Only stages changes (commitments, audit events, notifications, live changes published after commit); the caller saves.
/// </summary>
public static class ShiftHandover
{
    public static async Task<HandoverReport?> StageAsync(BatonDb db, Actor actor, Guid personId, DateTime shiftEnd, DateTime now,
        bool onlyAtEndOfDuty, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId)
            .Select(p => new { p.Id, p.DisplayName, p.Active }).FirstOrDefaultAsync(ct);
        if (person is null || !person.Active)
        {
            return null;
        }
        // Cheap exit first: most shifts end with nothing left open.
        if (!await db.Commitments.AnyAsync(c => c.OwnerId == personId && c.Status != CommitmentStatus.Closed, ct))
        {
            return new HandoverReport(person.Id, person.DisplayName, now, shiftEnd, null, 0, 0, []);
        }

        var shifts = await db.Shifts.AsNoTracking().Where(s => s.PersonId == personId && s.End >= now).OrderBy(s => s.Start).ToListAsync(ct);
        var dutyEnd = EndOfDuty(shifts, shiftEnd);
        if (onlyAtEndOfDuty && dutyEnd > shiftEnd)
        {
            // The next shift follows on without a break: the handover happens before that one ends.
            return new HandoverReport(person.Id, person.DisplayName, now, shiftEnd, null, 0, 0, []);
        }
        var nextStart = shifts.Where(s => s.Start >= dutyEnd).Select(s => (DateTime?)s.Start).FirstOrDefault();

        var items = (await db.Commitments.AsSplitQuery()
                .Where(c => c.OwnerId == personId && c.Status != CommitmentStatus.Closed)
                .ToListAsync(ct))
            .Where(c => (nextStart is null || c.Due < nextStart) && !(c.Due >= now && c.Due < dutyEnd))
            .OrderBy(c => c.Due).ThenBy(c => c.Id)
            .ToList();
        var pool = await HandoverPool.LoadAsync(db, personId, now, ct);
        var lines = new List<HandoverLine>();
        foreach (var c in items)
        {
            var decision = pool.Plan(c, person.DisplayName, dutyEnd, (m, due) => m.OnShiftAt(due, now));
            CommitmentEffects effects;
            switch (decision)
            {
                case PassTo pass:
                    effects = c.HandOverAtShiftEnd(new OwnerInfo(pass.ReceiverId, true), pass.Note, now);
                    lines.Add(new HandoverLine(c.Id, c.Due, c.What, "PassTo", pass.ReceiverId, pool.NameOf(pass.ReceiverId), pass.Note));
                    break;
                case OrphanRisk risk:
                    effects = c.FlagOrphanRisk(risk.Reason, pool.TeamLeadId, now);
                    lines.Add(new HandoverLine(c.Id, c.Due, c.What, "OrphanRisk", null, null, risk.Reason));
                    break;
                default:
                    throw new InvalidOperationException($"Unknown handover decision {decision.GetType().Name}.");
            }
            await StageEffectsAsync(db, actor, now, c, effects, ct);
        }

        var report = new HandoverReport(person.Id, person.DisplayName, now, dutyEnd, nextStart,
            lines.Count(l => l.ReceiverId is not null), lines.Count(l => l.ReceiverId is null), lines);
        if (lines.Count > 0)
        {
            await db.RecordAsync(actor, now, AuditTrail.SubjectOf("person", personId), AuditEventType.ShiftHandoverCompleted, null,
                // Counts and receivers only: each item's own chain records where it went, and a large handover must fit one row.
                new { shiftEnd = dutyEnd, nextShiftStart = nextStart, passed = report.Passed, orphanRisk = report.OrphanRisk,
                    receivers = lines.Where(l => l.ReceiverId is not null).GroupBy(l => l.ReceiverId).Select(g => new { personId = g.Key, items = g.Count() }) },
                "Shift handover", ct);
        }
        return report;
    }

    /// <summary>The end of an unbroken run of duty: shifts that start before (or as) the previous one ends carry it on.</summary>
    public static DateTime EndOfDuty(IEnumerable<Shift> shifts, DateTime from)
    {
        var end = from;
        var ordered = shifts.OrderBy(s => s.Start).ToList();
        bool extended;
        do
        {
            extended = false;
            foreach (var s in ordered.Where(s => s.Start <= end && s.End > end))
            {
                end = s.End;
                extended = true;
            }
        }
        while (extended);
        return end;
    }

    /// <summary>Audit events (subject commitment/{id}) and notifications into the unit of work; the live change after commit.</summary>
    public static async Task StageEffectsAsync(BatonDb db, Actor actor, DateTime now, Commitment c, CommitmentEffects effects, CancellationToken ct)
    {
        foreach (var entry in effects.Audit)
        {
            await db.RecordAsync(actor, now, AuditTrail.SubjectOf("commitment", entry.CommitmentId), entry.Type, entry.Before, entry.After, entry.Reason, ct);
        }
        foreach (var n in effects.Notifications)
        {
            db.Notifications.Add(new Notification(Guid.CreateVersion7(), n.PersonId, n.CommitmentId, n.Text, now));
        }
        if (effects.Audit.Count > 0)
        {
            db.PublishAfterCommit(new LiveChange("commitment", c.Id, CommitmentWork.AffectedPeople(c, effects)));
        }
    }
}
