using Baton.Server.Data;
using Baton.Server.Features.Expectations;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Scorecards;

/// <summary>
/// One expectation beside the figure it measures. Met is null when the figure has no data in the period: no data is
/// neither a success nor a failure. Durations (hand-off acceptance, escalation response) are compared by their mean in
/// minutes, rates as fractions (0.9 = 90 %).
/// </summary>
public sealed record TargetView(Guid ExpectationKey, int Version, string Metric, decimal Target, Comparison Comparison, string Description,
    AppliesToKind AppliesToKind, string AppliesToName, double? Actual, bool? Met);

/// <summary>Which expectations a scorecard is held against, and whether each is met.</summary>
public static class ScorecardTargets
{
    /// <summary>
    /// The current expectations for the subject: a person's roles, team and department; a team's own and its department's;
    /// a department's; the leadership roles' for the leadership.
    /// </summary>
    public static async Task<List<ExpectationView>> ApplyingToAsync(BatonDb db, ScorecardSubject subject, CancellationToken ct)
    {
        var roles = (subject.Roles ?? []).Select(r => r.ToString()).ToList();
        var team = subject.TeamId?.ToString();
        var department = subject.DepartmentId?.ToString();
        var rows = await db.Expectations.AsNoTracking()
            .Where(e => e.RetiredAt == null && (
                (e.AppliesToKind == AppliesToKind.Role && roles.Contains(e.AppliesTo)) ||
                (e.AppliesToKind == AppliesToKind.Team && e.AppliesTo == team) ||
                (e.AppliesToKind == AppliesToKind.Department && e.AppliesTo == department)))
            .OrderBy(e => e.Metric).ThenBy(e => e.CreatedAt)
            .ToListAsync(ct);
        return await ExpectationView.ViewsAsync(db, rows, ct);
    }

    public static IReadOnlyList<TargetView> Judge(IReadOnlyList<FigureView> figures, IReadOnlyList<ExpectationView> expectations) =>
    [
        .. expectations.Select(e =>
        {
            var actual = figures.FirstOrDefault(f => f.Key == e.Metric)?.Value;
            bool? met = actual is { } value
                ? e.Comparison switch
                {
                    Comparison.AtLeast => value >= (double)e.Target,
                    Comparison.AtMost => value <= (double)e.Target,
                    _ => null,
                }
                : null;
            return new TargetView(e.Key, e.Version, e.Metric, e.Target, e.Comparison, e.Description, e.AppliesToKind, e.AppliesToName, actual, met);
        }),
    ];
}
