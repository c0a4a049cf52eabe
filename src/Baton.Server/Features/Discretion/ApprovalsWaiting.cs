using System.Security.Claims;
using Baton.Core.Discretion;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>
/// GET /api/v1/grants/waiting: requests above the limits that the caller may decide — those whose Approval commitment they hold,
/// and those of the people they lead — oldest deadline first. Never the caller's own requests.
/// </summary>
public static class ApprovalsWaiting
{
    public static async Task<Ok<List<GrantView>>> Handle(ClaimsPrincipal user, BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await QueryAsync(db, user, ct));

    public static async Task<List<GrantView>> QueryAsync(BatonDb db, ClaimsPrincipal user, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var pending = await db.Set<GestureGrant>().AsNoTracking().Where(g => g.Status == GrantStatus.Pending && g.RequesterId != me).ToListAsync(ct);
        if (pending.Count == 0)
        {
            return [];
        }
        var approvalIds = pending.Where(g => g.ApprovalCommitmentId is not null).Select(g => g.ApprovalCommitmentId!.Value).ToList();
        var mine = (await db.Commitments.AsNoTracking().Where(c => approvalIds.Contains(c.Id) && c.OwnerId == me).Select(c => c.Id).ToListAsync(ct))
            .ToHashSet();
        var led = await GrantVisibility.PeopleAsync(db, user, ct);
        var decidable = pending
            .Where(g => (g.ApprovalCommitmentId is { } a && mine.Contains(a)) || led is null || led.Contains(g.RequesterId))
            .OrderBy(g => g.ApprovalDue).ThenBy(g => g.RequestedAt)
            .ToList();
        return await GrantView.ViewsAsync(db, decidable, ct);
    }
}
