using Baton.Core.Commitments;

namespace Baton.Core.Metrics;

/// <summary>Reads the plain facts the metrics need out of a commitment's custody, attempts and timeline.</summary>
public static class CommitmentFacts
{
    public static CommitmentFact From(Commitment commitment)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        var acceptance = FirstAcceptedHandoff(commitment);
        return new CommitmentFact(
            commitment.Id,
            commitment.Kind,
            commitment.Custody[^1].ToId,
            commitment.CreatedAt,
            commitment.Due,
            commitment.Outcome,
            commitment.ClosedAt,
            commitment.Attempts.Count,
            acceptance,
            FirstActionOf(commitment));
    }

    /// <summary>The first acceptance that answers a hand-off, paired with the latest hand-off before it.</summary>
    private static HandoffAcceptance? FirstAcceptedHandoff(Commitment commitment)
    {
        TimelineEntry? handedOff = null;
        foreach (var entry in commitment.Timeline)
        {
            switch (entry.Kind)
            {
                case TimelineEntryKind.HandedOff:
                    handedOff = entry;
                    break;
                case TimelineEntryKind.Rejected:
                    handedOff = null;
                    break;
                case TimelineEntryKind.Accepted when handedOff is not null:
                    return new HandoffAcceptance(handedOff.At, entry.At, entry.ActorId ?? OwnerAt(commitment, entry.At));
                default:
                    break;
            }
        }
        return null;
    }

    private static FirstAction? FirstActionOf(Commitment commitment)
    {
        DateTime?[] candidates =
        [
            commitment.Attempts.Count > 0 ? commitment.Attempts.Min(a => a.At) : null,
            commitment.Timeline.Where(e => e.Kind == TimelineEntryKind.Accepted).Select(e => (DateTime?)e.At).FirstOrDefault(),
            commitment.ClosedAt,
        ];
        var first = candidates.Where(c => c is not null).Min();
        return first is { } at ? new FirstAction(at, OwnerAt(commitment, at)) : null;
    }

    /// <summary>The owner at an instant: the last custody entry at or before it.</summary>
    private static Guid OwnerAt(Commitment commitment, DateTime at) =>
        commitment.Custody.LastOrDefault(c => c.At <= at)?.ToId ?? commitment.Custody[0].ToId;
}
