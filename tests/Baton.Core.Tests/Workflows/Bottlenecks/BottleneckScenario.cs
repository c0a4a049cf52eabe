using Baton.Core.Metrics;
using Baton.Core.Workflows;
using Baton.Core.Workflows.Bottlenecks;

namespace Baton.Core.Tests.Workflows.Bottlenecks;

/// <summary>Builds visit facts the way the runner records them: each case's passes back to back, numbered from 1.</summary>
internal sealed class BottleneckScenario
{
    public static readonly DateTime PeriodStart = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime PeriodEnd = new(2026, 3, 31, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateTime Now = new(2026, 3, 20, 12, 0, 0, DateTimeKind.Utc);
    public static readonly Period March = new(PeriodStart, PeriodEnd);

    private readonly List<VisitFact> _visits = [];
    private readonly List<CaseFact> _cases = [];
    private readonly List<TransferFact> _transfers = [];

    public BottleneckFacts Facts => new(_visits, _cases, _transfers);

    /// <summary>A case starting at <paramref name="start"/> through (node, minutes) passes; null minutes leaves the last pass open.</summary>
    public Guid Case(DateTime start, params (string Node, double? Minutes)[] passes) => CaseOn(1, start, passes);

    public Guid CaseOn(int version, DateTime start, params (string Node, double? Minutes)[] passes)
    {
        var id = Guid.NewGuid();
        Append(id, version, start, passes);
        _cases.Add(new CaseFact(id, WorkflowStatus.Running, null, null));
        return id;
    }

    /// <summary>More passes of a case, on another version (a migrated case carries on where it stood).</summary>
    public void Continue(Guid id, int version, params (string Node, double? Minutes)[] passes)
    {
        var last = _visits.Where(v => v.CaseId == id).MaxBy(v => v.Sequence)!;
        Append(id, version, last.LeftAt!.Value, passes);
    }

    /// <summary>Ends a case at an End node the instant its last pass finished, with an end outcome.</summary>
    public void End(Guid id, string endNode, string outcome, int? version = null)
    {
        var last = _visits.Where(v => v.CaseId == id).MaxBy(v => v.Sequence)!;
        var at = last.LeftAt!.Value;
        _visits.Add(new VisitFact(id, last.Sequence + 1, version ?? last.WorkflowVersion, endNode, at, at));
        _cases.RemoveAll(c => c.CaseId == id);
        _cases.Add(new CaseFact(id, WorkflowStatus.Completed, outcome, at));
    }

    public void Transfer(Guid id, DateTime at) => _transfers.Add(new TransferFact(id, at));

    public BottleneckReport Report(int? version = null, Period? period = null, DateTime? now = null) =>
        BottleneckAnalysis.Compute(Facts, period ?? March, version, now ?? Now);

    private void Append(Guid id, int version, DateTime start, (string Node, double? Minutes)[] passes)
    {
        var sequence = _visits.Where(v => v.CaseId == id).Select(v => v.Sequence).DefaultIfEmpty(0).Max();
        var at = start;
        foreach (var (node, minutes) in passes)
        {
            DateTime? left = minutes is { } m ? at.AddMinutes(m) : null;
            _visits.Add(new VisitFact(id, ++sequence, version, node, at, left));
            at = left ?? at;
        }
    }
}
