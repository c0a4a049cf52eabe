using System.Globalization;
using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Handover;

/// <summary>
/// Invariant 1 at deactivation: nobody inactive may hold an open commitment. Before a person is deactivated, every open
/// item they own passes (custody reason Reassigned, the admin acting as lead) by the team's handover rule with everyone
/// eligible, on shift or not: the active teammate with the fewest open items, else the team lead. If any item has
/// nobody to go to, the deactivation is refused (409) and nothing changes.
/// </summary>
public static class DeactivationHandover
{
    public static async Task<int> StageAsync(BatonDb db, ClaimsPrincipal user, Guid personId, string personName, DateTime now, CancellationToken ct)
    {
        var items = await db.Commitments.AsSplitQuery()
            .Where(c => c.OwnerId == personId && c.Status != CommitmentStatus.Closed)
            .OrderBy(c => c.Due).ThenBy(c => c.Id)
            .ToListAsync(ct);
        if (items.Count == 0)
        {
            return 0;
        }
        var pool = await HandoverPool.LoadAsync(db, personId, now, ct);
        var plan = items.Select(c => (Commitment: c, Decision: pool.Plan(c, personName, now, (_, _) => true))).ToList();
        var unplaced = plan.Count(p => p.Decision is not PassTo);
        if (unplaced > 0)
        {
            throw new ConflictException("commitments", string.Create(CultureInfo.InvariantCulture,
                $"{personName} owns {items.Count} open commitment(s); {unplaced} need an owner: nobody active in their team or its lead can take them. Transfer them first."));
        }

        var actorId = Principals.PersonIdOf(user) ?? Guid.Empty;
        var actor = Actor.From(user);
        foreach (var (c, decision) in plan)
        {
            var receiver = ((PassTo)decision).ReceiverId;
            var note = $"Reassigned before {personName} was deactivated: {pool.NameOf(receiver)} is the active colleague with the fewest open items.";
            var effects = c.Transfer(new OwnerInfo(receiver, true), CustodyReason.Reassigned, actorId, note, actorIsLeadOfOwner: true, now);
            await ShiftHandover.StageEffectsAsync(db, actor, now, c, effects, ct);
        }
        await db.RecordAsync(actor, now, AuditTrail.SubjectOf("person", personId), AuditEventType.PersonItemsReassigned, null,
            new { items = plan.Select(p => new { p.Commitment.Id, ReceiverId = ((PassTo)p.Decision).ReceiverId }) },
            "Open commitments moved before deactivation", ct);
        return items.Count;
    }
}
