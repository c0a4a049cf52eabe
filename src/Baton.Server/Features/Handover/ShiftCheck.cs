using Baton.Core;
using Baton.Core.Scheduling;
using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Handover;

/// <summary>
/// GET /api/v1/commitments/shift-check?ownerId=&amp;due= (signed in): before making or passing a commitment, says whether
/// the owner is on shift at the due time and, when not, who the team's handover rule would pass it to (an on-shift
/// teammate with the fewest open items, else the team lead), or null when there is nobody.
/// </summary>
public static class ShiftCheck
{
    public sealed record Proposal(Guid PersonId, string Name, string Reason);

    public sealed record Result(bool OwnerOnShiftAtDue, string OwnerName, Proposal? Proposal);

    public static async Task<Results<Ok<Result>, NotFound>> Handle(Guid? ownerId, DateTime? due, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        if (ownerId is not { } id || id == Guid.Empty)
        {
            throw new DomainException("ownerId", "A person is required.");
        }
        var at = due is { } d ? Instants.Normalize(d) : throw new DomainException("due", "A time is required (ISO 8601, UTC).");
        var result = await CheckAsync(db, id, at, Instants.FromTimeProvider(time), ct);
        return result is null ? TypedResults.NotFound() : TypedResults.Ok(result);
    }

    public static async Task<Result?> CheckAsync(BatonDb db, Guid ownerId, DateTime due, DateTime now, CancellationToken ct)
    {
        var owner = await db.People.AsNoTracking().Where(p => p.Id == ownerId).Select(p => new { p.DisplayName }).FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return null;
        }
        var at = due > now ? due : now;
        var onShift = await db.Shifts.AnyAsync(s => s.PersonId == ownerId && s.Start <= at && at < s.End, ct);
        if (onShift)
        {
            return new Result(true, owner.DisplayName, null);
        }
        var pool = await HandoverPool.LoadAsync(db, ownerId, now, ct);
        var candidates = pool.Members.Select(m => new HandoverCandidate(m.Id, m.Skills, pool.OpenItemsOf(m.Id), m.IsTeamLead, d => m.OnShiftAt(d, now)));
        var item = new HandoverItem(Guid.Empty, at, RequiredSkill: null);
        var decision = HandoverPlanner.Plan(owner.DisplayName, at, [item], candidates).Single();
        Proposal? proposal = decision switch
        {
            PassTo pass => new Proposal(pass.ReceiverId, pool.NameOf(pass.ReceiverId), pool.Members.Single(m => m.Id == pass.ReceiverId).IsTeamLead
                ? "Team lead, on shift at the due time"
                : "On shift at the due time with the fewest open items in the team"),
            _ => pool.TeamLeadId is { } lead && pool.Members.Any(m => m.Id == lead)
                ? new Proposal(lead, pool.NameOf(lead), "Team lead (nobody in the team is on shift at the due time)")
                : null,
        };
        return new Result(false, owner.DisplayName, proposal);
    }
}
