using Baton.Core.Audit;

namespace Baton.Core.Commitments;

/// <summary>Shift-aware ownership (DESIGN.md invariant 5): passing items at the end of a shift, and flagging what nobody can take.</summary>
public sealed partial class Commitment
{
    /// <summary>Since when nobody eligible is on shift to take it before it is due; null when it is not at risk.</summary>
    public DateTime? OrphanRiskSince { get; private set; }

    /// <summary>Why it is an orphan risk; null when it is not at risk.</summary>
    public string? OrphanRiskReason { get; private set; }

    public bool IsOrphanRisk => OrphanRiskSince is not null;

    /// <summary>
    /// The owner's shift ends: the baton passes to an on-duty colleague (custody reason ShiftHandover, the leaving owner
    /// as actor) with the handover note. The receiver must acknowledge it (<see cref="Accept"/>); a pending hand-off keeps
    /// its sender so a rejection still returns it to them.
    /// </summary>
    public CommitmentEffects HandOverAtShiftEnd(OwnerInfo to, string note, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        RequireActiveOwner(to, "toId");
        if (to.Id == OwnerId)
        {
            throw new DomainException("toId", "It already belongs to that person.");
        }
        RequireNotPromisee(to.Id, "toId");
        if (AwaitingAcceptance && to.Id == HandedOffById)
        {
            throw new DomainException("toId", "A hand-off cannot be handed over to its own sender; reject it with a reason instead.");
        }
        note = CommitmentRules.RequireText(note, "note", CommitmentRules.MaxNoteLength, "A handover note");

        var from = OwnerId;
        var wasAwaiting = AwaitingAcceptance;
        AddCustody(from, to.Id, CustodyReason.ShiftHandover, from, now, note);
        AwaitingAcceptance = true;
        MoveTo(CommitmentStatus.Open);
        AddTimeline(now, from, TimelineEntryKind.Transferred, WithNote("Shift handover; waiting for the new owner's acknowledgement", note));
        Touch();
        return new EffectsBuilder(Id, from)
            .Audit(AuditEventType.CommitmentHandedOverAtShiftEnd,
                AuditState.Of(("ownerId", from), ("awaitingAcceptance", wasAwaiting)),
                AuditState.Of(("ownerId", to.Id), ("reason", CustodyReason.ShiftHandover), ("awaitingAcceptance", true)), note)
            .Notify(to.Id, $"Handed over to you at the end of a shift; please acknowledge it: {Label}")
            .Notify(Watchers, $"New owner (ShiftHandover): {Label}")
            .Build();
    }

    /// <summary>
    /// Nobody eligible is on shift before it is due: it is flagged on the Board at once and the team lead is told.
    /// Flagging an item already at risk changes nothing. Any transfer, acceptance or closing clears the flag.
    /// </summary>
    public CommitmentEffects FlagOrphanRisk(string reason, Guid? teamLeadId, DateTime now)
    {
        now = Instants.Normalize(now);
        RequireNotClosed();
        reason = CommitmentRules.RequireText(reason, "reason", CommitmentRules.MaxReasonLength, "A reason");
        if (IsOrphanRisk)
        {
            return CommitmentEffects.None;
        }

        OrphanRiskSince = now;
        OrphanRiskReason = reason;
        AddTimeline(now, null, TimelineEntryKind.OrphanRisk, $"Orphan risk: {reason}");
        Touch();
        return new EffectsBuilder(Id, null)
            .Audit(AuditEventType.CommitmentOrphanRiskFlagged, AuditState.Of(("orphanRisk", false)),
                AuditState.Of(("orphanRisk", true), ("orphanRiskSince", now)), reason)
            .Notify(teamLeadId, $"Orphan risk in your team, nobody on shift can take it: {Label}")
            .Notify(OwnerId, $"Orphan risk, nobody on shift can take it before it is due: {Label}")
            .Build();
    }

    /// <summary>Called by every transfer, acceptance and closing: someone has it in hand again.</summary>
    private void ClearOrphanRisk()
    {
        OrphanRiskSince = null;
        OrphanRiskReason = null;
    }
}
