using Baton.Core.Organization;
using Baton.Core.Routing;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// The router's view of the people: only active, Available people can be offered anything, so only they are read, with
/// their department (their team's, else the one they head), whether a shift covers now, their capacity and load, and
/// when they last took or finished routed work.
/// </summary>
public static class RoutingCandidates
{
    public static async Task<List<RoutingCandidate>> LoadAsync(BatonDb db, DateTime now, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking()
            .Where(p => p.Active && p.Presence == Presence.Available)
            .Select(p => new { p.Id, p.Skills, p.TeamId, p.Presence, p.PresenceSince })
            .ToListAsync(ct);
        if (people.Count == 0)
        {
            return [];
        }
        var teams = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.DepartmentId, ct);
        var headed = (await db.Departments.AsNoTracking().Where(d => d.HeadId != null).Select(d => new { d.Id, d.HeadId }).ToListAsync(ct))
            .DistinctBy(d => d.HeadId).ToDictionary(d => d.HeadId!.Value, d => d.Id);
        var onShift = (await db.Shifts.AsNoTracking().Where(s => s.Start <= now && now < s.End).Select(s => s.PersonId).Distinct().ToListAsync(ct))
            .ToHashSet();
        var profiles = await db.RoutingProfiles.AsNoTracking().ToDictionaryAsync(p => p.PersonId, ct);
        var loads = await LoadsAsync(db, ct);
        return people.Select(p => new RoutingCandidate(
                p.Id, p.Presence, p.PresenceSince, onShift.Contains(p.Id),
                p.TeamId is { } team && teams.TryGetValue(team, out var department) ? department : headed.TryGetValue(p.Id, out var head) ? head : null,
                p.Skills,
                profiles.GetValueOrDefault(p.Id)?.LastWorkAt,
                profiles.GetValueOrDefault(p.Id)?.Capacity ?? default,
                loads.GetValueOrDefault(p.Id)))
            .ToList();
    }

    /// <summary>The routed work each person holds now, per kind.</summary>
    public static async Task<Dictionary<Guid, WorkLoad>> LoadsAsync(BatonDb db, CancellationToken ct)
    {
        var counts = await db.WorkItems.AsNoTracking()
            .Where(w => w.Status == WorkItemStatus.Assigned && w.AssigneeId != null)
            .GroupBy(w => new { w.AssigneeId, w.Kind })
            .Select(g => new { g.Key.AssigneeId, g.Key.Kind, Count = g.Count() })
            .ToListAsync(ct);
        var loads = new Dictionary<Guid, WorkLoad>();
        foreach (var c in counts)
        {
            var load = loads.GetValueOrDefault(c.AssigneeId!.Value);
            for (var i = 0; i < c.Count; i++)
            {
                load = load.Plus(c.Kind);
            }
            loads[c.AssigneeId.Value] = load;
        }
        return loads;
    }
}
