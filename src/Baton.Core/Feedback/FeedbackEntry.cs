using Baton.Core.Commitments;

namespace Baton.Core.Feedback;

/// <summary>
/// Named feedback from one person to a person, a department or the leadership, optionally tied to an item. The receiver
/// (the person, the department's head or on-duty lead, or a Manager) owes a response by RespondBy, tracked as a commitment.
/// </summary>
public sealed class FeedbackEntry
{
    private FeedbackEntry() { }

    public Guid Id { get; private set; }
    public Guid GiverId { get; private set; }
    public FeedbackTargetKind TargetKind { get; private set; }
    public Guid? TargetId { get; private set; }
    /// <summary>The person who must respond.</summary>
    public Guid ReceiverId { get; private set; }
    public FeedbackItemKind? ItemKind { get; private set; }
    public Guid? ItemId { get; private set; }
    public FeedbackTheme Theme { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime RespondBy { get; private set; }
    /// <summary>The commitment that tracks the response.</summary>
    public Guid ResponseCommitmentId { get; private set; }
    public string? Response { get; private set; }
    public DateTime? RespondedAt { get; private set; }

    public FeedbackTarget Target => new(TargetKind, TargetId);

    public static FeedbackEntry Give(Guid id, Guid giverId, FeedbackTarget target, Guid receiverId, FeedbackTheme? theme, string? text,
        FeedbackItemKind? itemKind, Guid? itemId, Guid responseCommitmentId, DateTime now)
    {
        now = Instants.Normalize(now);
        ArgumentNullException.ThrowIfNull(target);
        CommitmentRules.RequireId(id, "id");
        CommitmentRules.RequireId(giverId, "giverId");
        CommitmentRules.RequireId(receiverId, "receiverId");
        CommitmentRules.RequireId(responseCommitmentId, "responseCommitmentId");
        if (receiverId == giverId)
        {
            throw new DomainException("targetId", target.Kind == FeedbackTargetKind.Person
                ? "Feedback goes to someone else."
                : "You would receive this feedback yourself; give it to someone else.");
        }
        var chosenTheme = FeedbackRules.RequireTheme(theme);
        var body = FeedbackRules.RequireText(text);
        var (kind, item) = FeedbackRules.RequireItem(itemKind, itemId, anonymous: false);
        return new FeedbackEntry
        {
            Id = id,
            GiverId = giverId,
            TargetKind = target.Kind,
            TargetId = target.Id,
            ReceiverId = receiverId,
            ItemKind = kind,
            ItemId = item,
            Theme = chosenTheme,
            Text = body,
            CreatedAt = now,
            RespondBy = now + FeedbackRules.ResponseWindow,
            ResponseCommitmentId = responseCommitmentId,
        };
    }

    /// <summary>The receiver responds once; the giver is told.</summary>
    public FeedbackNotification Respond(Guid actorId, string? text, DateTime now)
    {
        now = Instants.Normalize(now);
        if (actorId != ReceiverId)
        {
            throw new NotPermittedException("actorId", "Only the feedback's receiver can respond to it.");
        }
        if (Response is not null)
        {
            throw new ConflictException("response", "This feedback already has a response.");
        }
        Response = FeedbackRules.RequireResponse(text);
        RespondedAt = now;
        return new FeedbackNotification(GiverId, $"Your feedback ({Theme}) got a response: {Response}");
    }
}
