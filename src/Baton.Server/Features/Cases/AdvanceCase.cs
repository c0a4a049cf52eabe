using System.Security.Claims;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Cases;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Commitments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Baton.Server.Features.Cases;

/// <summary>
/// POST /api/v1/cases/{id}/advance {answers: {questionId: value}, outcome?, notes?, sentiment?, fields?}: the agent completes
/// the current Step. Refused input (a missing required answer, a wrong type, an unknown button) is a 400 naming the field
/// (answers.&lt;id&gt;) and changes nothing.
/// </summary>
public static class AdvanceCase
{
    public sealed record Request(Dictionary<string, JsonElement>? Answers, string? Outcome, string? Notes, string? Sentiment,
        Dictionary<string, JsonElement>? Fields);

    /// <summary>What the agent entered, as text (yes/no, numbers, yyyy-MM-dd dates, choice options).</summary>
    public sealed record Input(IReadOnlyDictionary<string, string> Answers, string? Outcome, string? Notes, string? Sentiment,
        IReadOnlyDictionary<string, string>? Fields);

    public static async Task<Results<Ok<CaseDetail>, NotFound>> Handle(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var input = new Input(Texts(request.Answers, "answers") ?? new Dictionary<string, string>(), request.Outcome, request.Notes, request.Sentiment,
            Texts(request.Fields, "fields"));
        var detail = await ExecuteAsync(id, input, user, db, time, ct);
        return detail is null ? TypedResults.NotFound() : TypedResults.Ok(detail);
    }

    public static async Task<CaseDetail?> ExecuteAsync(Guid id, Input input, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var now = CaseViews.Now(time);
        var c = await CaseWork.FindAsync(db, id, ct);
        if (c is null)
        {
            return null;
        }
        var actorId = CommitmentWork.RequirePerson(user);
        await CaseWork.RequireOwnerOrLeadAsync(db, c, actorId, "work it", ct);
        SentimentTag? sentiment = null;
        if (!string.IsNullOrWhiteSpace(input.Sentiment))
        {
            sentiment = SentimentTags.TryParse(input.Sentiment, out var tag)
                ? tag
                : throw new DomainException("sentiment", $"Sentiment '{input.Sentiment}' is unknown; use one of: {string.Join(", ", SentimentTags.Names)}.");
        }
        if (c.Status != WorkflowStatus.Running)
        {
            throw new ConflictException("status", c.IsClosed ? "The case is completed." : $"The case is waiting ({c.WaitEvent ?? "for time to pass"}), not at a step.");
        }
        var definition = await CaseWork.DefinitionAsync(db, c.WorkflowKey, c.WorkflowVersion, ct);
        var state = CaseStateJson.Read(c.StateJson);
        var nodeId = state.CurrentNodeId;
        var completed = new StepCompleted(input.Answers, string.IsNullOrWhiteSpace(input.Outcome) ? null : input.Outcome.Trim(),
            input.Notes, sentiment, input.Fields);
        // Pure and throwing before anything is touched: a refusal leaves the case as it was.
        var result = WorkflowRunner.Advance(definition, state, completed, now);

        var step = result.State.Visits.LastOrDefault(v => v.NodeId == nodeId && v.LeftAt == now);
        var text = $"Completed {definition.Node(nodeId).Title}" + (step?.Outcome is { } outcome && outcome != NodeOutcomes.Next ? $" ({outcome})" : "");
        var data = JsonSerializer.Serialize(new
        {
            answers = input.Answers,
            outcome = completed.Outcome,
            notes = completed.Notes,
            sentiment = input.Sentiment,
            fields = input.Fields,
        });
        c.AddTimeline(now, actorId, CaseTimelineKind.StepCompleted, nodeId, text, data);
        if (!string.IsNullOrWhiteSpace(input.Notes))
        {
            c.AddTimeline(now, actorId, CaseTimelineKind.Comment, nodeId, input.Notes.Trim());
        }
        await CaseWork.ApplyAsync(db, c, definition, result, Actor.From(user), actorId, AuditEventType.CaseAdvanced, null, now, ct);
        await db.SaveChangesAsync(ct);
        return await CaseViews.FullAsync(db, c, ct);
    }

    /// <summary>JSON values as the runner reads them: strings as written, numbers as written, true/false as yes/no.</summary>
    public static Dictionary<string, string>? Texts(Dictionary<string, JsonElement>? values, string field)
    {
        if (values is null)
        {
            return null;
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            texts[key] = value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? "",
                JsonValueKind.Number => value.GetRawText(),
                JsonValueKind.True => "yes",
                JsonValueKind.False => "no",
                JsonValueKind.Null => "",
                _ => throw new DomainException($"{field}.{key}", $"Give {key} as text, a number or true/false."),
            };
        }
        return texts;
    }
}
