using System.Text.Json;
using Baton.Core.Coaching;
using Baton.Core.Commitments;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Coaching;

/// <summary>A piece of evidence as it was captured; Snapshot holds the values shown at that moment.</summary>
public sealed record EvidenceView(int Sequence, EvidenceKind Kind, string Reference, string Summary, JsonElement Snapshot, DateTime CapturedAt);

public sealed record GoalView(int Sequence, string Goal, DateTime Due, bool FromReview);

/// <summary>An action item with the current state of the commitment it became.</summary>
public sealed record ActionItemView(int Sequence, ActionItemSide Side, Guid OwnerId, string OwnerName, Guid PromiseeId, Guid CommitmentId,
    string What, DateTime Due, CommitmentStatus? Status, Outcome? Outcome);

/// <summary>One line of a session list.</summary>
public sealed record CoachingSummary(Guid Id, Guid CoachId, string CoachName, Guid AgentId, string AgentName, string Topic, DateTime ScheduledAt,
    CoachingStatus Status, Consequence? ConsequenceInForce, DateTime? AcknowledgeBy, bool AcknowledgementOverdue, Guid? ReviewerId, string? ReviewerName);

/// <summary>The whole session: what was discussed, the decision, the evidence exactly as used, goals and action items.</summary>
public sealed record CoachingSessionView(
    Guid Id, Guid CoachId, string CoachName, Guid AgentId, string AgentName, string Topic, DateTime ScheduledAt, DateTime CreatedAt,
    CoachingStatus Status, DateTime? HeldAt, string? Notes, Consequence? Consequence, string? ConsequenceReason, Consequence? ConsequenceInForce,
    DateTime? AcknowledgeBy, bool AcknowledgementOverdue, DateTime? AcknowledgementOverdueAt, DateTime? AcknowledgedAt, string? AcknowledgementComment,
    DateTime? DisputedAt, string? DisputeReason, Guid? ReviewerId, string? ReviewerName,
    DateTime? ReviewedAt, Guid? ReviewedById, string? ReviewedByName, DisputeDecision? ReviewDecision, string? ReviewReason,
    Consequence? AmendedConsequence, string? AmendedConsequenceReason,
    IReadOnlyList<EvidenceView> Evidence, IReadOnlyList<GoalView> Goals, IReadOnlyList<ActionItemView> ActionItems, int Version);

public static class CoachingViews
{
    public static async Task<CoachingSessionView> FullAsync(BatonDb db, CoachingSession s, DateTime now, CancellationToken ct)
    {
        var names = await NamesAsync(db, [s], ct);
        var commitmentIds = s.ActionItems.Select(a => a.CommitmentId).ToList();
        var states = await db.Commitments.AsNoTracking().Where(c => commitmentIds.Contains(c.Id))
            .Select(c => new { c.Id, c.Status, c.Outcome }).ToDictionaryAsync(c => c.Id, ct);
        string? Name(Guid? id) => id is { } known ? names.GetValueOrDefault(known, "unknown") : null;
        return new CoachingSessionView(s.Id, s.CoachId, Name(s.CoachId)!, s.AgentId, Name(s.AgentId)!, s.Topic, s.ScheduledAt, s.CreatedAt,
            s.Status, s.HeldAt, s.Notes, s.Consequence, s.ConsequenceReason, s.ConsequenceInForce,
            s.AcknowledgeBy, Overdue(s, now), s.AcknowledgementOverdueAt, s.AcknowledgedAt, s.AcknowledgementComment,
            s.DisputedAt, s.DisputeReason, s.ReviewerId, Name(s.ReviewerId),
            s.ReviewedAt, s.ReviewedById, Name(s.ReviewedById), s.ReviewDecision, s.ReviewReason, s.AmendedConsequence, s.AmendedConsequenceReason,
            [.. s.Evidence.OrderBy(e => e.Sequence).Select(e => new EvidenceView(e.Sequence, e.Kind, e.Reference, e.Summary, Parse(e.Snapshot), e.CapturedAt))],
            [.. s.Goals.OrderBy(g => g.Sequence).Select(g => new GoalView(g.Sequence, g.Goal, g.Due, g.FromReview))],
            [.. s.ActionItems.OrderBy(a => a.Sequence).Select(a => new ActionItemView(a.Sequence, a.Side, a.OwnerId, Name(a.OwnerId)!, a.PromiseeId,
                a.CommitmentId, a.What, a.Due, states.GetValueOrDefault(a.CommitmentId)?.Status, states.GetValueOrDefault(a.CommitmentId)?.Outcome))],
            s.Version);
    }

    public static async Task<List<CoachingSummary>> SummariesAsync(BatonDb db, IReadOnlyCollection<CoachingSession> sessions, DateTime now, CancellationToken ct)
    {
        var names = await NamesAsync(db, sessions, ct);
        return
        [
            .. sessions.OrderByDescending(s => s.ScheduledAt).ThenBy(s => s.Id).Select(s => new CoachingSummary(s.Id, s.CoachId,
                names.GetValueOrDefault(s.CoachId, "unknown"), s.AgentId, names.GetValueOrDefault(s.AgentId, "unknown"), s.Topic, s.ScheduledAt, s.Status,
                s.ConsequenceInForce, s.AcknowledgeBy, Overdue(s, now), s.ReviewerId,
                s.ReviewerId is { } r ? names.GetValueOrDefault(r, "unknown") : null)),
        ];
    }

    /// <summary>Still unanswered past the deadline (flagged by the timer, or already past it between timer runs).</summary>
    private static bool Overdue(CoachingSession s, DateTime now) =>
        s.Status == CoachingStatus.Held && (s.AcknowledgementOverdueAt is not null || s.AcknowledgeBy <= now);

    private static async Task<Dictionary<Guid, string>> NamesAsync(BatonDb db, IEnumerable<CoachingSession> sessions, CancellationToken ct)
    {
        var ids = sessions.SelectMany(s => new Guid?[] { s.CoachId, s.AgentId, s.ReviewerId, s.ReviewedById })
            .OfType<Guid>().Distinct().ToList();
        return await db.People.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, ct);
    }

    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
