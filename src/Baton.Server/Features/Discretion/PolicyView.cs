using Baton.Core.Discretion;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>The earned-autonomy rule as given and shown: after MinTenureMonths and a kept rate of MinKeptRate, limits × Factor.</summary>
public sealed record EarnedAutonomyView(int? MinTenureMonths, decimal? MinKeptRate, decimal? Factor);

/// <summary>A discretion policy with its holder's name.</summary>
public sealed record PolicyView(Guid Id, GestureType Gesture, PolicyHolderKind HolderKind, Role? Role, Guid? PersonId, string HolderName,
    string Currency, decimal PerInteractionLimit, decimal RollingWeekLimit, EarnedAutonomyView? EarnedAutonomy, DateTime UpdatedAt, int Version)
{
    public static async Task<List<PolicyView>> ViewsAsync(BatonDb db, IReadOnlyCollection<DiscretionPolicy> policies, CancellationToken ct)
    {
        var ids = policies.Where(p => p.HolderPersonId is not null).Select(p => p.HolderPersonId!.Value).ToList();
        var names = await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        return policies.Select(p => new PolicyView(p.Id, p.Gesture, p.HolderKind, p.HolderRole, p.HolderPersonId,
                p.HolderPersonId is { } person ? names.GetValueOrDefault(person, "unknown") : p.HolderRole.ToString()!,
                p.Currency, p.PerInteractionLimit, p.RollingWeekLimit,
                p.EarnedAutonomy is { } rule ? new EarnedAutonomyView(rule.MinTenureMonths, rule.MinKeptRate, rule.Factor) : null,
                p.UpdatedAt, p.Version))
            .ToList();
    }
}
