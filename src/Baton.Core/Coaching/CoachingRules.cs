using System.Globalization;
using Baton.Core.Commitments;

namespace Baton.Core.Coaching;

/// <summary>Limits and the validation shared by the session's operations; every failure names its field.</summary>
public static class CoachingRules
{
    public const int MaxTopicLength = 200;
    public const int MaxNotesLength = 4000;
    public const int MaxReasonLength = 1000;
    public const int MaxGoalLength = 500;
    public const int MaxGoals = 10;
    public const int MaxActionItems = 20;
    public const int MaxEvidence = 50;
    public const int MaxReferenceLength = 300;
    public const int MaxSummaryLength = 500;
    public const int MaxSnapshotLength = 20_000;

    /// <summary>How long the agent has to acknowledge or dispute when the coach sets no deadline.</summary>
    public static readonly TimeSpan DefaultAcknowledgementWindow = TimeSpan.FromDays(3);

    /// <summary>How long after a conversation it may still be scheduled on record.</summary>
    public static readonly TimeSpan MaxRecordingDelay = TimeSpan.FromDays(7);

    /// <summary>A deadline further out than this leaves the session open too long to matter.</summary>
    public static readonly TimeSpan MaxAcknowledgementWindow = TimeSpan.FromDays(30);

    /// <summary>The consequence with its goals (ImprovementPlan) or reason (Release); goals are numbered from <paramref name="firstGoal"/>.</summary>
    internal static (Consequence Consequence, string? Reason, List<ImprovementGoal> Goals) RequireDecision(
        ConsequenceDecision? decision, string field, DateTime now, bool fromReview, int firstGoal)
    {
        if (decision?.Consequence is not { } consequence || !Enum.IsDefined(consequence))
        {
            throw new DomainException(field, "Decide the consequence: Reward, Repeat, ImprovementPlan or Release.");
        }
        var reason = CommitmentRules.OptionalText(decision.Reason, "reason", MaxReasonLength);
        var givenGoals = decision.Goals ?? [];
        switch (consequence)
        {
            case Consequence.ImprovementPlan:
                if (givenGoals.Count == 0)
                {
                    throw new DomainException("goals", "An improvement plan needs at least one goal with a due date.");
                }
                break;
            case Consequence.Release:
                if (reason is null)
                {
                    throw new DomainException("reason", "A release needs a reason.");
                }
                break;
            case Consequence.Reward:
            case Consequence.Repeat:
                break;
        }
        if (consequence != Consequence.ImprovementPlan && givenGoals.Count > 0)
        {
            throw new DomainException("goals", "Only an improvement plan has goals.");
        }
        if (givenGoals.Count > MaxGoals)
        {
            throw new DomainException("goals", Invariant($"At most {MaxGoals} goals."));
        }
        var goals = new List<ImprovementGoal>();
        foreach (var (given, index) in givenGoals.Select((g, i) => (g, i)))
        {
            var text = CommitmentRules.RequireText(given.Goal, Invariant($"goals[{index}].goal"), MaxGoalLength, "What the goal is");
            var due = given.Due is { } d
                ? Instants.RequireUtc(d, Invariant($"goals[{index}].due"))
                : throw new DomainException(Invariant($"goals[{index}].due"), "Every goal has a due date.");
            if (due <= now)
            {
                throw new DomainException(Invariant($"goals[{index}].due"), "A goal is due in the future.");
            }
            goals.Add(new ImprovementGoal(firstGoal + index, text, due, fromReview));
        }
        return (consequence, reason, goals);
    }

    /// <summary>New evidence, numbered after the existing pieces; a fact already attached may not be attached again.</summary>
    internal static List<CoachingEvidence> RequireEvidence(IReadOnlyList<EvidenceSnapshot>? given, IReadOnlyList<CoachingEvidence> existing, DateTime now)
    {
        var pieces = given ?? [];
        if (existing.Count + pieces.Count > MaxEvidence)
        {
            throw new DomainException("evidence", Invariant($"At most {MaxEvidence} pieces of evidence."));
        }
        var references = existing.Select(e => e.Reference).ToHashSet(StringComparer.Ordinal);
        var added = new List<CoachingEvidence>();
        foreach (var (piece, index) in pieces.Select((p, i) => (p, i)))
        {
            var field = Invariant($"evidence[{index}]");
            if (piece is null || !Enum.IsDefined(piece.Kind))
            {
                throw new DomainException(field, "Unknown kind of evidence.");
            }
            var reference = CommitmentRules.RequireText(piece.Reference, field, MaxReferenceLength, "The evidence's reference");
            if (!references.Add(reference))
            {
                throw new DomainException(field, $"This fact is already attached ({reference}).");
            }
            var summary = CommitmentRules.RequireText(piece.Summary, field, MaxSummaryLength, "A summary of the evidence");
            var snapshot = CommitmentRules.RequireText(piece.Snapshot, field, MaxSnapshotLength, "The evidence's values");
            added.Add(new CoachingEvidence(existing.Count + index + 1, piece.Kind, reference, summary, snapshot, now));
        }
        return added;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What the domain needs to know about a would-be reviewer of a dispute (or the person reviewing it).</summary>
/// <param name="Id">The person.</param>
/// <param name="HoldsLeadRole">TeamLead, Supervisor, DepartmentHead or Manager, and active.</param>
/// <param name="IsManager">A Manager may take over any dispute's review, so one absent reviewer cannot stall it.</param>
public readonly record struct ReviewerInfo(Guid Id, bool HoldsLeadRole, bool IsManager);
