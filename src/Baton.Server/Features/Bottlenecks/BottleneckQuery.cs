using Baton.Core;
using Baton.Core.Metrics;
using Baton.Core.Workflows;
using Baton.Core.Workflows.Bottlenecks;
using Baton.Server.Data;
using Baton.Server.Features.Workflows;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Bottlenecks;

/// <summary>A workflow's stored versions, parsed, and the version whose chart a report is drawn on.</summary>
public sealed record BottleneckWorkflow(string Key, IReadOnlyList<WorkflowDefinition> Versions, WorkflowDefinition Chart)
{
    /// <summary>Title and kind of a node as the chart names it, else as the newest version that has it.</summary>
    public WorkflowNode? NodeNamed(string nodeId) =>
        Versions.Prepend(Chart).SelectMany(d => d.Nodes).FirstOrDefault(n => string.Equals(n.Id, nodeId, StringComparison.Ordinal));
}

/// <summary>
/// Reads what a bottleneck report needs without loading whole cases: the workflow's visits that overlap the period,
/// through the visits' (WorkflowKey, LeftAt) index, each with its case's status, and the transfers made in the period.
/// </summary>
public static class BottleneckQuery
{
    /// <summary>The workflow's versions, newest first, and the chart: the version asked for, else the published one, else the newest.</summary>
    public static async Task<BottleneckWorkflow?> WorkflowAsync(BatonDb db, string key, int? version, CancellationToken ct)
    {
        var stored = await db.WorkflowVersions.AsNoTracking().Where(v => v.Key == key).OrderByDescending(v => v.Version).ToListAsync(ct);
        if (stored.Count == 0)
        {
            return null;
        }
        WorkflowVersion chart;
        if (version is { } wanted)
        {
            chart = stored.FirstOrDefault(v => v.Version == wanted)
                    ?? throw new DomainException("version", $"'{key}' has no version {wanted}.");
        }
        else
        {
            chart = stored.FirstOrDefault(v => v.Status == WorkflowVersionStatus.Published) ?? stored[0];
        }
        var definitions = stored.Select(v => v.Definition()).ToList();
        return new BottleneckWorkflow(key, definitions, definitions.First(d => d.Version == chart.Version));
    }

    /// <summary>One visit as read, with its case's standing.</summary>
    public sealed record VisitRow
    {
        public Guid CaseId { get; init; }
        public int Sequence { get; init; }
        public int WorkflowVersion { get; init; }
        public string NodeId { get; init; } = "";
        public DateTime EnteredAt { get; init; }
        public DateTime? LeftAt { get; init; }
        public WorkflowStatus Status { get; init; }
        public string? EndOutcome { get; init; }
        public DateTime? ClosedAt { get; init; }
    }

    /// <summary>
    /// The workflow's visits that overlap the period: left since it began, or still open, and entered before its end
    /// (with <paramref name="nodeId"/>, only that node's). Two ranges of the (WorkflowKey, LeftAt) index rather than one
    /// OR, so both providers seek instead of scanning the workflow's whole history.
    /// </summary>
    public static IQueryable<VisitRow> Visits(BatonDb db, string key, Period period, string? nodeId)
    {
        var start = period.From;
        var end = period.To;
        var visits =
            from c in db.Cases.AsNoTracking().IgnoreAutoIncludes()
            from v in c.Visits
            where v.WorkflowKey == key && v.EnteredAt < end && (nodeId == null || v.NodeId == nodeId)
            select new VisitRow
            {
                CaseId = c.Id,
                Sequence = v.Sequence,
                WorkflowVersion = v.WorkflowVersion,
                NodeId = v.NodeId,
                EnteredAt = v.EnteredAt,
                LeftAt = v.LeftAt,
                Status = c.Status,
                EndOutcome = c.EndOutcome,
                ClosedAt = c.ClosedAt,
            };
        return visits.Where(v => v.LeftAt >= start).Concat(visits.Where(v => v.LeftAt == null));
    }

    /// <summary>The facts of a report; with <paramref name="nodeId"/> only that node's visits (for drill-down), and no transfers.</summary>
    public static async Task<BottleneckFacts> FactsAsync(BatonDb db, string key, Period period, string? nodeId, CancellationToken ct)
    {
        var rows = await Visits(db, key, period, nodeId).ToListAsync(ct);
        var visits = rows.Select(r => new VisitFact(r.CaseId, r.Sequence, r.WorkflowVersion, r.NodeId, Instants.Normalize(r.EnteredAt),
            r.LeftAt is { } left ? Instants.Normalize(left) : null)).ToList();
        var cases = rows.DistinctBy(r => r.CaseId)
            .Select(r => new CaseFact(r.CaseId, r.Status, r.EndOutcome, r.ClosedAt is { } closed ? Instants.Normalize(closed) : null)).ToList();
        if (nodeId is not null)
        {
            return new BottleneckFacts(visits, cases, []);
        }
        var start = period.From;
        var end = period.To;
        var transfers = await (
                from c in db.Cases.AsNoTracking().IgnoreAutoIncludes()
                where c.WorkflowKey == key
                from t in c.Custody
                where t.FromId != null && t.At >= start && t.At < end
                select new { CaseId = c.Id, t.At })
            .ToListAsync(ct);
        return new BottleneckFacts(visits, cases, [.. transfers.Select(t => new TransferFact(t.CaseId, Instants.Normalize(t.At)))]);
    }
}
