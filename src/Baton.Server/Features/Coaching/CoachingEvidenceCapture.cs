using System.Globalization;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Coaching;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Baton.Server.Features.Expectations;
using Baton.Server.Features.Scorecards;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Coaching;

/// <summary>
/// A fact to attach, by kind: Commitment (commitmentId, one the agent has held), ScorecardFigure (figure, optional from/to;
/// the agent's own scorecard, this month by default), WorkflowNode (workflowKey, workflowVersion, nodeId) or Expectation
/// (expectationId: one version).
/// </summary>
public sealed record EvidenceRequest(EvidenceKind? Kind, Guid? CommitmentId = null, string? Figure = null, DateTime? From = null, DateTime? To = null,
    string? WorkflowKey = null, int? WorkflowVersion = null, string? NodeId = null, Guid? ExpectationId = null);

/// <summary>
/// Captures facts as they are now (values, names, status) so the session keeps exactly what was shown, whatever changes later.
/// </summary>
public static class CoachingEvidenceCapture
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<List<EvidenceSnapshot>> CaptureAsync(BatonDb db, Guid agentId, IReadOnlyList<EvidenceRequest>? requests, DateTime now,
        CancellationToken ct)
    {
        var pieces = new List<EvidenceSnapshot>();
        foreach (var (request, index) in (requests ?? []).Select((r, i) => (r, i)))
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"evidence[{index}]");
            pieces.Add(request?.Kind switch
            {
                EvidenceKind.Commitment => await CommitmentAsync(db, agentId, request.CommitmentId, field, ct),
                EvidenceKind.ScorecardFigure => await FigureAsync(db, agentId, request, field, now, ct),
                EvidenceKind.WorkflowNode => await WorkflowNodeAsync(db, request, field, ct),
                EvidenceKind.Expectation => await ExpectationAsync(db, request.ExpectationId, field, ct),
                _ => throw new DomainException($"{field}.kind", "Say what the evidence is: Commitment, ScorecardFigure, WorkflowNode or Expectation."),
            });
        }
        return pieces;
    }

    /// <summary>The current expectations that apply to the agent (their roles, team and department), as their scorecard uses them.</summary>
    public static async Task<List<EvidenceSnapshot>> ExpectationsInForceAsync(BatonDb db, Guid agentId, CancellationToken ct)
    {
        var subject = await ScorecardQuery.PersonAsync(db, agentId, ct) ?? throw new DomainException("agentId", "There is no such person.");
        return [.. (await ScorecardTargets.ApplyingToAsync(db, subject, ct)).Select(Expectation)];
    }

    private static async Task<EvidenceSnapshot> CommitmentAsync(BatonDb db, Guid agentId, Guid? commitmentId, string field, CancellationToken ct)
    {
        var c = commitmentId is { } id ? await db.Commitments.AsNoTracking().AsSplitQuery().FirstOrDefaultAsync(c => c.Id == id, ct) : null;
        if (c is null)
        {
            throw new DomainException($"{field}.commitmentId", "There is no commitment with this id.");
        }
        if (c.OwnerId != agentId && c.RequesterId != agentId && c.Custody.All(t => t.ToId != agentId))
        {
            throw new DomainException($"{field}.commitmentId", "Only commitments the agent has held (or asked for) can be evidence in their session.");
        }
        var owner = await db.People.AsNoTracking().Where(p => p.Id == c.OwnerId).Select(p => p.DisplayName).FirstOrDefaultAsync(ct);
        var state = c.Status == CommitmentStatus.Closed ? $"closed {c.Outcome}" : c.Status.ToString();
        return new EvidenceSnapshot(EvidenceKind.Commitment, $"commitment/{c.Id:D}",
            Short($"{c.Kind} “{c.What}” due {Instants.Display(c.Due)}: {state}"),
            Serialize(new
            {
                c.Id, c.Kind, c.What, c.OwnerId, OwnerName = owner, c.Due, c.Status, c.Outcome, c.OutcomeReason, c.ClosedAt,
                c.CreatedAt, Attempts = c.Attempts.Count, Custody = c.Custody.Count,
            }));
    }

    private static async Task<EvidenceSnapshot> FigureAsync(BatonDb db, Guid agentId, EvidenceRequest request, string field, DateTime now, CancellationToken ct)
    {
        var key = request.Figure?.Trim() ?? "";
        if (!ScorecardQuery.FigureKeys.Contains(key, StringComparer.Ordinal))
        {
            throw new DomainException($"{field}.figure", $"Unknown figure. Use one of: {string.Join(", ", ScorecardQuery.FigureKeys)}.");
        }
        var period = ScorecardQuery.PeriodOf(request.From, request.To, now);
        var subject = await ScorecardQuery.PersonAsync(db, agentId, ct) ?? throw new DomainException("agentId", "There is no such person.");
        var view = await ScorecardQuery.LoadViewAsync(db, subject, period, now, ct);
        var figure = view.Figures.Single(f => f.Key == key);
        var scope = await ScorecardQuery.FigureScopeAsync(db, subject, period, now, ct);
        var items = await ScorecardQuery.ItemsAsync(db, scope, key, "all", ct) ?? [];
        var value = figure.Value switch
        {
            null => "no data",
            { } v when figure.Unit == "rate" => v.ToString("0.#%", CultureInfo.InvariantCulture),
            { } v => v.ToString("0.##", CultureInfo.InvariantCulture) + (figure.Unit == "minutes" ? " min" : ""),
        };
        var range = string.Create(CultureInfo.InvariantCulture, $"{period.From:yyyy-MM-dd} to {period.To:yyyy-MM-dd}");
        return new EvidenceSnapshot(EvidenceKind.ScorecardFigure,
            string.Create(CultureInfo.InvariantCulture, $"scorecard/{agentId:D}/{period.From:yyyy-MM-dd}/{period.To:yyyy-MM-dd}/{key}"),
            string.Create(CultureInfo.InvariantCulture, $"{figure.Label}, {range}: {value} ({figure.Numerator:0.##} of {figure.Denominator})"),
            Serialize(new
            {
                PersonId = agentId, PersonName = subject.Name, period.From, period.To, figure.Key, figure.Label, figure.Unit,
                figure.Numerator, figure.Denominator, figure.Value, figure.MedianMinutes, figure.P90Minutes,
                Items = items.Select(i => new { i.Id, i.Kind, i.What, i.Counted }), Targets = view.Targets.Where(t => t.Metric == key), AsOf = now,
            }));
    }

    private static async Task<EvidenceSnapshot> WorkflowNodeAsync(BatonDb db, EvidenceRequest request, string field, CancellationToken ct)
    {
        var key = request.WorkflowKey?.Trim() ?? "";
        var version = await db.WorkflowVersions.AsNoTracking().FirstOrDefaultAsync(w => w.Key == key && w.Version == request.WorkflowVersion, ct)
            ?? throw new DomainException($"{field}.workflowVersion", "There is no such workflow version.");
        var definition = version.Definition();
        var node = definition.Nodes.FirstOrDefault(n => n.Id == request.NodeId)
            ?? throw new DomainException($"{field}.nodeId", $"Version {version.Version} of '{key}' has no node '{request.NodeId}'.");
        var script = node is Core.Workflows.StepNode step ? step.Script : null;
        return new EvidenceSnapshot(EvidenceKind.WorkflowNode,
            string.Create(CultureInfo.InvariantCulture, $"workflow/{key}/{version.Version}/{node.Id}"),
            Short(string.Create(CultureInfo.InvariantCulture, $"{version.Title} v{version.Version}, {node.Kind} “{node.Title}”")),
            Serialize(new { version.Key, version.Version, version.Title, version.Status, NodeId = node.Id, NodeTitle = node.Title, NodeKind = node.Kind, Script = script }));
    }

    private static async Task<EvidenceSnapshot> ExpectationAsync(BatonDb db, Guid? expectationId, string field, CancellationToken ct)
    {
        var row = expectationId is { } id ? await db.Expectations.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) : null;
        if (row is null)
        {
            throw new DomainException($"{field}.expectationId", "There is no expectation version with this id.");
        }
        return Expectation((await ExpectationView.ViewsAsync(db, [row], ct))[0]);
    }

    private static EvidenceSnapshot Expectation(ExpectationView e)
    {
        var sign = e.Comparison == Comparison.AtLeast ? "≥" : "≤";
        var target = SaveExpectation.Rates.Contains(e.Metric)
            ? e.Target.ToString("0.##%", CultureInfo.InvariantCulture)
            : e.Target.ToString("0.##", CultureInfo.InvariantCulture);
        return new EvidenceSnapshot(EvidenceKind.Expectation, $"expectation/{e.Id:D}",
            Short(string.Create(CultureInfo.InvariantCulture, $"{e.AppliesToName}: {e.Metric} {sign} {target} (v{e.Version}) — {e.Description}")),
            Serialize(e));
    }

    private static string Serialize(object value) => JsonSerializer.Serialize(value, Json);

    private static string Short(string text) =>
        text.Length <= CoachingRules.MaxSummaryLength ? text : string.Concat(text.AsSpan(0, CoachingRules.MaxSummaryLength - 1), "…");
}
