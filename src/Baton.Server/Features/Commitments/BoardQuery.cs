using Baton.Core;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Commitments;

public enum BoardGrouping
{
    Person,
    Team,
    Department,
}

public sealed record BoardFilter(BoardGrouping GroupBy = BoardGrouping.Person, CommitmentKind? Kind = null, Guid? Department = null,
    CommitmentStatus? Status = null, int? DueWithinHours = null);

/// <summary>One owner, team or department on the Board. Id is null for the "no team" / "no department" group.</summary>
public sealed record BoardGroup(Guid? Id, string Name, int Count, int Overdue, int DueSoon, int AwaitingAcceptance, IReadOnlyList<CommitmentSummary> Items);

/// <summary>OrphanRisk counts the items nobody eligible is on shift to take before they are due (invariant 5).</summary>
public sealed record Board(DateTime At, BoardGrouping GroupBy, int Total, int Overdue, int DueSoon, int AwaitingAcceptance, IReadOnlyList<BoardGroup> Groups,
    int OrphanRisk = 0);

/// <summary>
/// GET /api/v1/commitments/board: who owes what to whom, grouped by the owner, the owner's team or the owner's department.
/// Open commitments unless a status is asked for; leadership's and departments' own commitments appear like anyone's.
/// Groups with overdue items come first. The Board page calls <see cref="LoadAsync"/> directly.
/// </summary>
public static class BoardQuery
{
    /// <summary>An open commitment due within this window (and not yet overdue) counts as due soon.</summary>
    public static readonly TimeSpan DueSoonWindow = TimeSpan.FromHours(2);

    public const int MaxItems = 2000;

    public static BoardGrouping ParseGrouping(string? groupBy) =>
        string.IsNullOrWhiteSpace(groupBy) ? BoardGrouping.Person
        : Enum.TryParse<BoardGrouping>(groupBy, ignoreCase: true, out var g) && Enum.IsDefined(g) ? g
        : throw new DomainException("groupBy", "Group the board by person, team or department.");

    public static async Task<Board> LoadAsync(BatonDb db, BoardFilter filter, DateTime now, CancellationToken ct)
    {
        if (filter.DueWithinHours is < 0)
        {
            throw new DomainException("dueWithinHours", "A number of hours from now, zero or more.");
        }
        var query = await FindCommitments.ApplyAsync(db, db.Commitments.AsNoTracking(),
            new FindCommitments.Filter(Kind: filter.Kind, Status: filter.Status, Department: filter.Department, Open: filter.Status is null ? true : null),
            now, ct);
        if (filter.DueWithinHours is { } hours)
        {
            var until = now.AddHours(hours);
            query = query.Where(c => c.Due <= until);
        }
        var items = await CommitmentViews.OverdueFirst(query, now).Take(MaxItems).AsSplitQuery().ToListAsync(ct);
        var names = await NameBook.LoadAsync(db, items, ct);

        var owners = items.Select(c => c.OwnerId).Distinct().ToList();
        var teamOf = await db.People.AsNoTracking().Where(p => owners.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.TeamId, ct);
        var departmentOfTeam = await db.Teams.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.DepartmentId, ct);
        var heads = await db.Departments.AsNoTracking().Where(d => d.HeadId != null).Select(d => new { d.Id, HeadId = d.HeadId!.Value }).ToListAsync(ct);

        Guid? KeyOf(Commitment c)
        {
            var team = teamOf.GetValueOrDefault(c.OwnerId);
            return filter.GroupBy switch
            {
                BoardGrouping.Person => c.OwnerId,
                BoardGrouping.Team => team,
                _ => team is { } t && departmentOfTeam.TryGetValue(t, out var d) ? d : heads.FirstOrDefault(h => h.HeadId == c.OwnerId)?.Id,
            };
        }

        string NameOf(Guid? key) => filter.GroupBy switch
        {
            BoardGrouping.Person => names.Person(key!.Value),
            BoardGrouping.Team => names.Team(key) ?? "No team",
            _ => names.Department(key) ?? "No department",
        };

        var soon = now + DueSoonWindow;
        var groups = items.GroupBy(KeyOf)
            .Select(g =>
            {
                var list = g.ToList();
                return new BoardGroup(g.Key, NameOf(g.Key), list.Count, list.Count(c => c.IsOverdueAt(now)), list.Count(c => IsDueSoon(c, now, soon)),
                    list.Count(c => c.AwaitingAcceptance), [.. list.Select(c => CommitmentViews.Summary(c, names, now))]);
            })
            .OrderByDescending(g => g.Overdue).ThenByDescending(g => g.DueSoon).ThenByDescending(g => g.Count)
            .ThenBy(g => g.Name, StringComparer.Ordinal)
            .ToList();
        return new Board(now, filter.GroupBy, items.Count, items.Count(c => c.IsOverdueAt(now)), items.Count(c => IsDueSoon(c, now, soon)),
            items.Count(c => c.AwaitingAcceptance), groups, items.Count(c => c.IsOrphanRisk));
    }

    private static bool IsDueSoon(Commitment c, DateTime now, DateTime soon) => !c.IsClosed && c.Due > now && c.Due <= soon;
}
