using Baton.Core;
using Baton.Core.Cases;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Cases;

public sealed record CaseParty(Guid Id, string Name);

public sealed record CaseQuestionView(string Id, string Text, string Type, bool Required, IReadOnlyList<string> Options);

public sealed record CaseButtonView(string Outcome, string Label);

/// <summary>Where the case stands: the node, and for a Step its script (placeholders filled), questions and buttons.</summary>
public sealed record CaseNodeView(string Id, string Kind, string Title, string? Script, IReadOnlyList<CaseQuestionView> Questions,
    IReadOnlyList<CaseButtonView> Buttons);

public sealed record CaseCustodyView(int Sequence, CaseParty? From, CaseParty To, string Reason, CaseParty? Actor, DateTime At, string? Note);

public sealed record CaseTimelineView(int Sequence, DateTime At, CaseParty? Actor, string Kind, string? NodeId, string Text, string? Data,
    Guid? CommitmentId, string? CommitmentLink);

public sealed record CaseVisitView(string NodeId, DateTime EnteredAt, DateTime? LeftAt, string? Outcome);

public sealed record CaseCommitmentView(Guid Id, string Kind, string What, string Status, CaseParty Owner, bool AwaitingAcceptance, DateTime Due,
    string Link);

public sealed record CaseSummary(Guid Id, CaseParty Customer, string WorkflowKey, int WorkflowVersion, CaseParty Owner, string Status,
    string CurrentNodeId, string? EndOutcome, DateTime CreatedAt, DateTime? ClosedAt, DateTime UpdatedAt);

public sealed record CaseDetail(
    Guid Id,
    CaseParty Customer,
    string WorkflowKey,
    int WorkflowVersion,
    string WorkflowTitle,
    CaseParty Owner,
    string Status,
    string? EndOutcome,
    CaseNodeView CurrentNode,
    DateTime? WaitUntil,
    string? WaitEvent,
    IReadOnlyDictionary<string, string> Answers,
    IReadOnlyDictionary<string, string> Fields,
    string? Sentiment,
    IReadOnlyList<string> Path,
    IReadOnlyList<CaseVisitView> Visits,
    IReadOnlyList<CaseTimelineView> Timeline,
    IReadOnlyList<CaseCustodyView> Custody,
    IReadOnlyList<CaseCommitmentView> Commitments,
    DateTime CreatedAt,
    DateTime? ClosedAt,
    string ChartUrl);

public static class CaseViews
{
    public static DateTime Now(TimeProvider time) => Instants.FromTimeProvider(time);

    public static async Task<CaseDetail> FullAsync(BatonDb db, Case c, CancellationToken ct)
    {
        var definition = await CaseWork.DefinitionAsync(db, c.WorkflowKey, c.WorkflowVersion, ct);
        var state = CaseStateJson.Read(c.StateJson);
        var commitmentIds = c.Timeline.Where(t => t.CommitmentId is not null).Select(t => t.CommitmentId!.Value).ToList();
        var commitments = await db.Commitments.AsNoTracking().IgnoreAutoIncludes().Where(x => commitmentIds.Contains(x.Id))
            .Select(x => new { x.Id, x.Kind, x.What, x.Status, x.OwnerId, x.AwaitingAcceptance, x.Due }).ToListAsync(ct);
        var personIds = c.Custody.SelectMany(t => new[] { t.FromId, t.ToId, t.ActorId }).Concat(c.Timeline.Select(t => t.ActorId))
            .Concat(commitments.Select(x => (Guid?)x.OwnerId)).Append(c.OwnerId)
            .Where(id => id is not null).Select(id => id!.Value).Distinct().ToList();
        var names = await db.People.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
        var customer = await db.Customers.AsNoTracking().Where(x => x.Id == c.CustomerId).Select(x => x.Name).FirstOrDefaultAsync(ct) ?? "unknown customer";
        CaseParty? Party(Guid? id) => id is { } v && v != Guid.Empty ? new CaseParty(v, names.GetValueOrDefault(v) ?? "Baton") : null;

        return new CaseDetail(
            c.Id,
            new CaseParty(c.CustomerId, customer),
            c.WorkflowKey,
            c.WorkflowVersion,
            definition.Title,
            Party(c.OwnerId)!,
            c.Status.ToString(),
            c.EndOutcome,
            NodeView(definition, state),
            c.WaitUntil,
            c.WaitEvent,
            state.Answers,
            state.Fields,
            state.Sentiment is { } tag ? SentimentTags.Name(tag) : null,
            state.Path,
            c.Visits.OrderBy(v => v.Sequence).Select(v => new CaseVisitView(v.NodeId, v.EnteredAt, v.LeftAt, v.Outcome)).ToList(),
            c.Timeline.OrderBy(t => t.Sequence).Select(t => new CaseTimelineView(t.Sequence, t.At, Party(t.ActorId), t.Kind.ToString(), t.NodeId, t.Text,
                t.Data, t.CommitmentId, t.CommitmentId is { } id ? $"/commitments/{id:D}" : null)).ToList(),
            c.Custody.OrderBy(t => t.Sequence).Select(t => new CaseCustodyView(t.Sequence, Party(t.FromId), Party(t.ToId)!, t.Reason.ToString(),
                Party(t.ActorId), t.At, t.Note)).ToList(),
            commitments.Select(x => new CaseCommitmentView(x.Id, x.Kind.ToString(), x.What, x.Status.ToString(), Party(x.OwnerId)!, x.AwaitingAcceptance,
                x.Due, $"/commitments/{x.Id:D}")).ToList(),
            c.CreatedAt,
            c.ClosedAt,
            $"/api/v1/workflows/{Uri.EscapeDataString(c.WorkflowKey)}/versions/{c.WorkflowVersion}/chart.svg?highlight={Uri.EscapeDataString(c.CurrentNodeId)}");
    }

    public static CaseNodeView NodeView(WorkflowDefinition definition, WorkflowState state)
    {
        var node = definition.Node(state.CurrentNodeId);
        if (node is StepNode step)
        {
            return new CaseNodeView(step.Id, step.Kind.ToString(), step.Title, step.RenderScript(state.Facts()),
                step.Questions.Select(q => new CaseQuestionView(q.Id, q.Text, q.Type.ToString(), q.Required, q.Options)).ToList(),
                step.Buttons.Select(b => new CaseButtonView(b.Outcome, b.Label)).ToList());
        }
        return new CaseNodeView(node.Id, node.Kind.ToString(), node.Title, null, [], []);
    }
}
