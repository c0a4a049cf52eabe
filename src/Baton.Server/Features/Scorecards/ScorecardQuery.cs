using Baton.Core;
using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.BusinessHours;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Expectations;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.ContextNotes;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards;

/// <summary>
/// One figure of a scorecard: its numerator, denominator, value (null = no data) and the items behind it. Key is one of
/// keptRate, onTimeRate, attemptsPerCallback, handoffAcceptance, handoffWithinSla, escalationResponse, slaMet; Unit is rate
/// (0–1), mean (a count per item) or minutes (a duration in minutes, with median and p90). NumeratorIds lists, for rates,
/// the items counted in the numerator.
/// </summary>
public sealed record FigureView(
    string Key,
    string Label,
    string Unit,
    double Numerator,
    int Denominator,
    double? Value,
    double? MedianMinutes,
    double? P90Minutes,
    IReadOnlyList<Guid> ItemIds,
    IReadOnlyList<Guid> NumeratorIds);

/// <summary>
/// A scorecard: figures side by side for one scope and period, each against the expectations that apply to the scope;
/// never a rank or an overall score.
/// </summary>
public sealed record ScorecardView(string Scope, Guid? ScopeId, string Name, DateTime From, DateTime To, double AcceptanceSlaMinutes,
    IReadOnlyList<FigureView> Figures, IReadOnlyList<TargetView> Targets);

/// <summary>One commitment behind a figure, for drill-down, with the latest context note on it (if any).</summary>
public sealed record ScorecardItem(Guid Id, CommitmentKind Kind, string What, DateTime Due, DateTime? ClosedAt, Outcome? Outcome,
    Guid OwnerId, string OwnerName, bool Counted, ContextNoteStatus? NoteStatus = null, string? NoteText = null);

/// <summary>
/// Whose scorecard, resolved from the organization: the scope, a name to show, the department whose SLA applies, and
/// the team and roles whose expectations apply.
/// </summary>
public sealed record ScorecardSubject(Scope Scope, string Name, Guid? DepartmentId, Guid? TeamId = null, IReadOnlyList<Role>? Roles = null);

/// <summary>Reads commitments relevant to a period and computes scorecards from them with the pure metrics in Baton.Core.</summary>
public static class ScorecardQuery
{
    public static readonly string[] FigureKeys =
        ["keptRate", "onTimeRate", "attemptsPerCallback", "handoffAcceptance", "handoffWithinSla", "escalationResponse", "slaMet"];

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

    /// <summary>
    /// The facts of every commitment that can count for the scope in the period, one indexed read per way a figure
    /// attributes an item: closed or due in the period under a member's ownership, a hand-off a member accepted in it,
    /// an escalation a member first acted on in it.
    /// </summary>
    public static async Task<List<CommitmentFact>> LoadAsync(BatonDb db, Scope scope, Period period, CancellationToken ct)
    {
        var from = period.From;
        var to = period.To;
        var facts = db.CommitmentFacts.AsNoTracking();
        IQueryable<CommitmentFactRow> owned, accepted, escalations;
        if (scope.Members is { } members)
        {
            var ids = members.ToList();
            owned = facts.Where(f => ids.Contains(f.OwnerId) && ((f.ClosedAt >= from && f.ClosedAt < to) || (f.Due >= from && f.Due < to)));
            accepted = facts.Where(f => f.AcceptedById != null && ids.Contains(f.AcceptedById.Value) && f.AcceptedAt >= from && f.AcceptedAt < to);
            escalations = facts.Where(f => f.FirstActionOwnerId != null && ids.Contains(f.FirstActionOwnerId.Value)
                && f.FirstActionAt >= from && f.FirstActionAt < to && f.Kind == CommitmentKind.Escalation);
        }
        else
        {
            owned = facts.Where(f => (f.ClosedAt >= from && f.ClosedAt < to) || (f.Due >= from && f.Due < to));
            accepted = facts.Where(f => f.AcceptedAt >= from && f.AcceptedAt < to);
            escalations = facts.Where(f => f.FirstActionAt >= from && f.FirstActionAt < to && f.Kind == CommitmentKind.Escalation);
        }
        var rows = await owned.ToListAsync(ct);
        var seen = rows.Select(r => r.Id).ToHashSet();
        rows.AddRange((await accepted.ToListAsync(ct)).Where(r => seen.Add(r.Id)));
        rows.AddRange((await escalations.ToListAsync(ct)).Where(r => seen.Add(r.Id)));
        return [.. rows.Select(r => r.ToFact())];
    }

    public static async Task<TimeSpan> AcceptanceSlaAsync(BatonDb db, Guid? departmentId, CancellationToken ct) =>
        departmentId is null ? BusinessHoursLookup.DefaultAcceptanceSla : (await BusinessHoursLookup.ForDepartmentAsync(db, departmentId, ct)).AcceptanceSla;

    public static Scorecard Compute(Scope scope, Period period, IReadOnlyList<CommitmentFact> facts, IReadOnlySet<Guid> excluded, TimeSpan acceptanceSla,
        DateTime asOf) =>
        Scorecard.For(scope, period, new ScorecardInputs(facts, [], [], excluded),
            new ScorecardSettings(TimeSpan.FromDays(7), TimeSpan.FromMinutes(10), acceptanceSla), asOf);

    /// <summary>Loads and computes the scorecard of a subject.</summary>
    public static async Task<ScorecardView> LoadViewAsync(BatonDb db, ScorecardSubject subject, Period period, DateTime now, CancellationToken ct)
    {
        var facts = await LoadAsync(db, subject.Scope, period, ct);
        var sla = await AcceptanceSlaAsync(db, subject.DepartmentId, ct);
        var excluded = await ListContextNotes.ExcludedItemsAsync(db, ct);
        var card = Compute(subject.Scope, period, facts, excluded, sla, now);
        var expectations = await ScorecardTargets.ApplyingToAsync(db, subject, ct);
        return ToView(subject, card, sla, expectations);
    }

    public static ScorecardView ToView(ScorecardSubject subject, Scorecard card, TimeSpan sla, IReadOnlyList<ExpectationView> expectations)
    {
        var figures = Figures(card);
        return new(subject.Scope.Kind.ToString(), subject.Scope.Id, subject.Name, card.Period.From, card.Period.To, sla.TotalMinutes, figures,
            ScorecardTargets.Judge(figures, expectations));
    }

    public static IReadOnlyList<FigureView> Figures(Scorecard card) =>
    [
        Rate("keptRate", "Kept rate", card.KeptRate),
        Rate("onTimeRate", "On time", card.OnTimeRate),
        new("attemptsPerCallback", "Attempts per callback", "mean", card.AttemptsPerCallback.Numerator, card.AttemptsPerCallback.Denominator,
            card.AttemptsPerCallback.Value, null, null, card.AttemptsPerCallback.ItemIds, []),
        Duration("handoffAcceptance", "Hand-off acceptance time", card.HandoffAcceptance.Time),
        Rate("handoffWithinSla", "Hand-offs accepted within SLA", card.HandoffAcceptance.WithinSla),
        Duration("escalationResponse", "Escalation response time", card.EscalationResponse),
        Rate("slaMet", "SLA met", card.SlaMet),
    ];

    private static FigureView Rate(string key, string label, RateFigure f) =>
        new(key, label, "rate", f.Numerator, f.Denominator, f.Value, null, null, f.ItemIds, f.NumeratorIds);

    private static FigureView Duration(string key, string label, DurationFigure f) =>
        new(key, label, "minutes", f.Numerator.TotalMinutes, f.Denominator, f.Value?.TotalMinutes, f.Median?.TotalMinutes, f.P90?.TotalMinutes, f.ItemIds, []);

    /// <summary>
    /// The items behind a figure. Part "all" lists every item; for rates, "kept" (also "met", "counted") lists the numerator
    /// and "broken" (also "missed", "rest") the others. Null for an unknown figure or part.
    /// </summary>
    public static async Task<List<ScorecardItem>?> ItemsAsync(BatonDb db, FigureView figure, string? part, CancellationToken ct)
    {
        var counted = figure.NumeratorIds.ToHashSet();
        IEnumerable<Guid> ids = (part ?? "all").ToLowerInvariant() switch
        {
            "all" => figure.ItemIds,
            "kept" or "met" or "counted" => figure.NumeratorIds,
            "broken" or "missed" or "rest" => figure.ItemIds.Where(id => !counted.Contains(id)),
            _ => null!,
        };
        if (ids is null)
        {
            return null;
        }
        var wanted = ids.ToList();
        var selected = await db.Commitments.AsNoTracking().IgnoreAutoIncludes().Where(c => wanted.Contains(c.Id))
            .Select(c => new { c.Id, c.Kind, c.What, c.Due, c.ClosedAt, c.Outcome, c.OwnerId }).ToListAsync(ct);
        var ownerIds = selected.Select(c => c.OwnerId).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var itemIds = selected.Select(c => c.Id).ToList();
        var notes = (await db.ContextNotes.AsNoTracking().Where(n => itemIds.Contains(n.ItemId)).ToListAsync(ct))
            .GroupBy(n => n.ItemId).ToDictionary(g => g.Key, g => g.MaxBy(n => n.CreatedAt)!);
        return
        [
            .. selected.OrderBy(c => c.ClosedAt ?? c.Due).ThenBy(c => c.Id).Select(c => new ScorecardItem(c.Id, c.Kind, c.What,
                Instants.Normalize(c.Due), c.ClosedAt is { } closed ? Instants.Normalize(closed) : null, c.Outcome, c.OwnerId,
                names.GetValueOrDefault(c.OwnerId, "?"), counted.Contains(c.Id), notes.GetValueOrDefault(c.Id)?.Status,
                notes.GetValueOrDefault(c.Id)?.Text)),
        ];
    }
}
