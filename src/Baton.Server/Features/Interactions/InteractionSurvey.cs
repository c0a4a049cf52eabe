using Baton.Core;

namespace Baton.Server.Features.Interactions;

/// <summary>
/// A customer's satisfaction score (1–5) for one call, as the survey system sent it. The handler and the call's instant
/// are copied from the interaction when the score arrives, so the score stays with the person who handled the call
/// whoever owns the case later.
/// </summary>
public sealed class InteractionSurvey
{
    public const int MaxCommentLength = 2000;

    private InteractionSurvey() { }

    public InteractionSurvey(Guid interactionId, Guid handledById, DateTime interactionAt, int score, string? comment, DateTime receivedAt)
    {
        if (score is < 1 or > 5)
        {
            throw new DomainException("score", "A satisfaction score runs from 1 (very unhappy) to 5 (very happy).");
        }
        var trimmed = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (trimmed?.Length > MaxCommentLength)
        {
            throw new DomainException("comment", $"The comment can be at most {MaxCommentLength} characters.");
        }
        InteractionId = interactionId;
        HandledById = handledById;
        InteractionAt = Instants.Normalize(interactionAt);
        Score = score;
        Comment = trimmed;
        ReceivedAt = Instants.Normalize(receivedAt);
    }

    public Guid InteractionId { get; private set; }
    public Guid HandledById { get; private set; }
    /// <summary>When the call was queued: CSAT is judged in the period the call happened in.</summary>
    public DateTime InteractionAt { get; private set; }
    public int Score { get; private set; }
    public string? Comment { get; private set; }
    public DateTime ReceivedAt { get; private set; }
}
