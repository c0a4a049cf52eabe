using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Expectations;

/// <summary>How an expectation version is shown: with the owner's and the applies-to name resolved.</summary>
public sealed record ExpectationView(
    Guid Id, Guid Key, int Version, string Metric, AppliesToKind AppliesToKind, string AppliesTo, string AppliesToName,
    decimal Target, Comparison Comparison, string Description, Guid OwnerId, string OwnerName, string ChangeReason,
    DateTime CreatedAt, Guid CreatedById, DateTime? RetiredAt)
{
    public static async Task<List<ExpectationView>> ViewsAsync(BatonDb db, List<Expectation> rows, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.DisplayName }).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var teams = await db.Teams.AsNoTracking().Select(t => new { t.Id, t.Name }).ToDictionaryAsync(t => t.Id.ToString(), t => t.Name, ct);
        var departments = await db.Departments.AsNoTracking().Select(d => new { d.Id, d.Name }).ToDictionaryAsync(d => d.Id.ToString(), d => d.Name, ct);
        return rows.Select(e => new ExpectationView(e.Id, e.Key, e.Version, e.Metric, e.AppliesToKind, e.AppliesTo,
                e.AppliesToKind switch
                {
                    AppliesToKind.Team => teams.GetValueOrDefault(e.AppliesTo, e.AppliesTo),
                    AppliesToKind.Department => departments.GetValueOrDefault(e.AppliesTo, e.AppliesTo),
                    _ => e.AppliesTo,
                },
                e.Target, e.Comparison, e.Description, e.OwnerId, people.GetValueOrDefault(e.OwnerId, "unknown"), e.ChangeReason,
                e.CreatedAt, e.CreatedById, e.RetiredAt))
            .ToList();
    }
}
