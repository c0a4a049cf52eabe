using System.Linq.Expressions;
using Baton.Core;
using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.BusinessHours;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.Tallies;
using Baton.Server.Features.Scorecards.ContextNotes;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards;

/// <summary>
/// One figure of a scorecard: its numerator, denominator and value (null = no data). Key is one of keptRate, onTimeRate,
/// attemptsPerCallback, handoffAcceptance, handoffWithinSla, escalationResponse, slaMet, firstContactResolution,
/// handleTime, longCallsResolved, csat, csatSatisfied; Unit is rate (0–1), mean (a count per item), score (a mean 1–5)
/// or minutes (a duration in minutes, with median and p90 given as the bound of their bucket on the figure's
/// DurationScale, e.g. "half within 15 min"; null beyond the scale's last bound although there are items). The items
/// behind it come from the items endpoint.
/// Beside holds the figures that must be shown with this one (handle time never travels alone).
/// </summary>
public sealed record FigureView(
    string Key,
    string Label,
    string Unit,
    double Numerator,
    int Denominator,
    double? Value,
    double? MedianMinutes,
    double? P90Minutes)
{
    public IReadOnlyList<FigureView>? Beside { get; init; }
}

/// <summary>
/// A scorecard: figures side by side for one scope and period, each against the expectations that apply to the scope;
/// never a rank or an overall score.
/// </summary>
public sealed record ScorecardView(string Scope, Guid? ScopeId, string Name, DateTime From, DateTime To, double AcceptanceSlaMinutes,
    IReadOnlyList<FigureView> Figures, IReadOnlyList<TargetView> Targets);

/// <summary>
/// One item behind a figure, for drill-down, with the latest context note on it (if any): a commitment (Kind, Due,
/// ClosedAt, Outcome) or a call (ItemKind Interaction: Due is when it was queued, ClosedAt when it ended, Detail says
/// how long it took, whether it was resolved and the score).
/// </summary>
public sealed record ScorecardItem(Guid Id, CommitmentKind? Kind, string What, DateTime Due, DateTime? ClosedAt, Outcome? Outcome,
    Guid OwnerId, string OwnerName, bool Counted, ContextNoteStatus? NoteStatus = null, string? NoteText = null,
    ContextItemKind ItemKind = ContextItemKind.Commitment, string? Detail = null);

/// <summary>
/// Whose scorecard, resolved from the organization: the scope, a name to show, the department whose SLA applies, and
/// the team and roles whose expectations apply.
/// </summary>
public sealed record ScorecardSubject(Scope Scope, string Name, Guid? DepartmentId, Guid? TeamId = null, IReadOnlyList<Role>? Roles = null);

/// <summary>Reads commitments relevant to a period and computes scorecards from them with the pure metrics in Baton.Core.</summary>
public static class ScorecardQuery
{
    public static IReadOnlyList<string> FigureKeys { get; } = [.. FactFigures.Keys, .. InteractionFigures.Keys];

    /// <summary>Every figure of a scorecard over a scope: the commitments' and the calls'.</summary>
    public static async Task<IReadOnlyList<FigureView>> ComputeFiguresAsync(BatonDb db, FigureScope scope, CancellationToken ct)
    {
        // Whole days are summed from the daily tallies; anything else is computed from the rows themselves.
        if (await TallyFigures.TryReadAsync(db, scope, ct) is { } tallied)
        {
            var fromTallies = FactFigures.Views(tallied.Commitments);
            return [.. fromTallies, .. InteractionFigures.Views(tallied.Calls, scope, fromTallies.First(f => f.Key == "keptRate"))];
        }
        var commitments = await FactFigures.ComputeAsync(db, scope, ct);
        var calls = await InteractionFigures.ComputeAsync(db, scope, commitments.First(f => f.Key == "keptRate"), ct);
        return [.. commitments, .. calls];
    }

    /// <summary>The calendar month containing <paramref name="now"/>, from its first day to the start of the next.</summary>
    public static Period MonthOf(DateTime now) =>
        new(new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(1));

    /// <summary>The period asked for; this calendar month when neither end is given. Throws a DomainException for a bad range.</summary>
    public static Period PeriodOf(DateTime? from, DateTime? to, DateTime now)
    {
        var month = MonthOf(now);
        var start = from is { } f ? Utc(f) : month.From;
        var end = to is { } t ? Utc(t) : from is null ? month.To : start.AddMonths(1);
        return new Period(start, end);
    }

    private static DateTime Utc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    public static async Task<ScorecardSubject?> PersonAsync(BatonDb db, Guid personId, CancellationToken ct)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == personId).Select(p => new { p.DisplayName, p.TeamId, p.Roles }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }
        var department = await Leadership.DepartmentOfAsync(db, personId, ct);
        return new ScorecardSubject(Scope.Person(personId), person.DisplayName, department, person.TeamId, person.Roles);
    }

    public static async Task<ScorecardSubject?> TeamAsync(BatonDb db, Guid teamId, CancellationToken ct)
    {
        var team = await db.Teams.AsNoTracking().Where(t => t.Id == teamId).Select(t => new { t.Name, t.DepartmentId }).FirstOrDefaultAsync(ct);
        if (team is null)
        {
            return null;
        }
        var members = await db.People.AsNoTracking().Where(p => p.TeamId == teamId).Select(p => p.Id).ToListAsync(ct);
        return new ScorecardSubject(Scope.Team(teamId, members), team.Name, team.DepartmentId, teamId);
    }

    public static async Task<ScorecardSubject?> DepartmentAsync(BatonDb db, Guid departmentId, CancellationToken ct)
    {
        var department = await db.Departments.AsNoTracking().Where(d => d.Id == departmentId).Select(d => new { d.Name, d.HeadId }).FirstOrDefaultAsync(ct);
        if (department is null)
        {
            return null;
        }
        var teamIds = await db.Teams.AsNoTracking().Where(t => t.DepartmentId == departmentId).Select(t => t.Id).ToListAsync(ct);
        var members = await db.People.AsNoTracking().Where(p => p.TeamId != null && teamIds.Contains(p.TeamId.Value)).Select(p => p.Id).ToListAsync(ct);
        if (department.HeadId is { } head)
        {
            members.Add(head);
        }
        return new ScorecardSubject(Scope.Department(departmentId, members), department.Name, departmentId);
    }

    /// <summary>The leadership: everyone holding a leading role (team leads, supervisors, department heads, managers) or Admin.</summary>
    public static async Task<ScorecardSubject> LeadershipAsync(BatonDb db, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.Roles }).ToListAsync(ct);
        var leaders = people.Where(p => p.Roles.Any(r => Roles.Leaders.Contains(r) || r == Role.Admin)).Select(p => p.Id);
        return new ScorecardSubject(Scope.Leadership(leaders), "Leadership", null, null, [.. Roles.Leaders]);
    }

    public static async Task<TimeSpan> AcceptanceSlaAsync(BatonDb db, Guid? departmentId, CancellationToken ct) =>
        departmentId is null ? BusinessHoursLookup.DefaultAcceptanceSla : (await BusinessHoursLookup.ForDepartmentAsync(db, departmentId, ct)).AcceptanceSla;

    /// <summary>What the subject's figures are computed over in the period: its members, its SLA, now and the excluded items.</summary>
    public static async Task<FigureScope> FigureScopeAsync(BatonDb db, ScorecardSubject subject, Period period, DateTime now, CancellationToken ct)
    {
        var sla = await AcceptanceSlaAsync(db, subject.DepartmentId, ct);
        var excluded = await ListContextNotes.ExcludedItemsAsync(db, ct);
        return new FigureScope(subject.Scope.Members?.ToList(), period, sla.TotalMinutes, now, excluded);
    }

    /// <summary>Computes the scorecard of a subject, each figure against the expectations that apply to it.</summary>
    public static async Task<ScorecardView> LoadViewAsync(BatonDb db, ScorecardSubject subject, Period period, DateTime now, CancellationToken ct)
    {
        var scope = await FigureScopeAsync(db, subject, period, now, ct);
        var figures = await ComputeFiguresAsync(db, scope, ct);
        var expectations = await ScorecardTargets.ApplyingToAsync(db, subject, ct);
        return new ScorecardView(subject.Scope.Kind.ToString(), subject.Scope.Id, subject.Name, period.From, period.To, scope.AcceptanceSlaMinutes, figures,
            ScorecardTargets.Judge(figures, expectations));
    }

    /// <summary>The most items a drill-down lists; the figure's denominator says how many there are in all.</summary>
    public const int MaxItems = 500;

    /// <summary>
    /// The items behind a figure, oldest first, at most <see cref="MaxItems"/>. Part "all" lists every item; for rates,
    /// "kept" (also "met", "counted") lists the numerator and "broken" (also "missed", "rest") the others.
    /// Null for an unknown figure or part.
    /// </summary>
    public static async Task<List<ScorecardItem>?> ItemsAsync(BatonDb db, FigureScope scope, string figure, string? part, CancellationToken ct)
    {
        if (InteractionFigures.Keys.Contains(figure, StringComparer.Ordinal))
        {
            return await InteractionItems.ListAsync(db, scope, figure, part, ct);
        }
        if (FactFigures.Rows(db, figure, scope) is not var (rows, counted))
        {
            return null;
        }
        if (Part(rows, counted, part) is not { } selected)
        {
            return null;
        }
        var facts = await selected.OrderBy(f => f.ClosedAt ?? f.Due).ThenBy(f => f.Id).Take(MaxItems).ToListAsync(ct);
        var isCounted = counted.Compile();
        var ids = facts.Select(f => f.Id).ToList();
        var commitments = await db.Commitments.AsNoTracking().IgnoreAutoIncludes().Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.What }).ToDictionaryAsync(c => c.Id, c => c.What, ct);
        var ownerIds = facts.Select(f => f.OwnerId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var notes = await LatestNotesAsync(db, ids, ct);
        return
        [
            .. facts.Select(f => new ScorecardItem(f.Id, f.Kind, commitments.GetValueOrDefault(f.Id, ""), Instants.Normalize(f.Due),
                f.ClosedAt is { } closed ? Instants.Normalize(closed) : null, f.Outcome, f.OwnerId, names.GetValueOrDefault(f.OwnerId, "?"), isCounted(f),
                notes.GetValueOrDefault(f.Id)?.Status, notes.GetValueOrDefault(f.Id)?.Text)),
        ];
    }

    /// <summary>
    /// The rows of one part of a figure: "all"; for rates "kept" (also "met", "counted") is the numerator and "broken"
    /// (also "missed", "rest") the others. Null for an unknown part.
    /// </summary>
    internal static IQueryable<T>? Part<T>(IQueryable<T> rows, Expression<Func<T, bool>> counted, string? part)
    {
        var notCounted = Expression.Lambda<Func<T, bool>>(Expression.Not(counted.Body), counted.Parameters);
        return (part ?? "all").ToLowerInvariant() switch
        {
            "all" => rows,
            "kept" or "met" or "counted" => rows.Where(counted),
            "broken" or "missed" or "rest" => rows.Where(notCounted),
            _ => null,
        };
    }

    /// <summary>The latest context note on each of the items.</summary>
    internal static async Task<Dictionary<Guid, ContextNote>> LatestNotesAsync(BatonDb db, List<Guid> ids, CancellationToken ct) =>
        (await db.ContextNotes.AsNoTracking().Where(n => ids.Contains(n.ItemId)).ToListAsync(ct))
            .GroupBy(n => n.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(n => n.CreatedAt)!);
}
