using System.Security.Claims;
using Baton.Core;
using Baton.Core.Discretion;
using Baton.Server.Data;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>
/// GET /api/v1/discretion/limits?personId=: for each gesture, what the person may grant without approval right now — limit
/// per interaction, per 7 days, how much of the week is used and left — and why (earned autonomy). Yourself, or people you lead.
/// </summary>
public static class GetLimits
{
    /// <summary>HasPolicy false: no policy covers the gesture, every grant needs approval (the amounts are then zero).</summary>
    public sealed record LimitView(GestureType Gesture, bool HasPolicy, string? Currency, decimal PerInteraction, decimal RollingWeek,
        decimal UsedThisWeek, decimal LeftThisWeek, bool Earned, string Reason);

    public static async Task<Results<Ok<List<LimitView>>, NotFound>> Handle(Guid? personId, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var views = await QueryAsync(db, user, personId, Instants.FromTimeProvider(time), ct);
        return views is null ? TypedResults.NotFound() : TypedResults.Ok(views);
    }

    public static async Task<List<LimitView>?> QueryAsync(BatonDb db, ClaimsPrincipal user, Guid? personId, DateTime now, CancellationToken ct)
    {
        var me = CommitmentWork.RequirePerson(user);
        var id = personId ?? me;
        if (id != me && !await Leadership.IsLeadOfAsync(db, me, id, ct))
        {
            throw new NotPermittedException("personId", "You see your own limits and those of the people you lead.");
        }
        var roles = await db.People.AsNoTracking().Where(p => p.Id == id).Select(p => p.Roles).FirstOrDefaultAsync(ct);
        if (roles is null)
        {
            return null;
        }
        var views = new List<LimitView>();
        foreach (var gesture in Enum.GetValues<GestureType>())
        {
            var (_, limits) = await DiscretionLookup.LimitsForAsync(db, id, roles, gesture, now, ct);
            if (limits is null)
            {
                views.Add(new LimitView(gesture, false, null, 0m, 0m, 0m, 0m, false,
                    $"No policy lets you grant {DiscretionText.Gesture(gesture)} yourself: every request goes to your lead for approval."));
                continue;
            }
            var allowance = GrantRules.AllowanceOf(limits, await DiscretionLookup.PriorGrantsAsync(db, id, gesture, null, now, ct), now);
            views.Add(new LimitView(gesture, true, limits.Currency, limits.PerInteraction, limits.RollingWeek, allowance.UsedThisWeek,
                allowance.LeftThisWeek, limits.Earned, limits.Reason));
        }
        return views;
    }
}
