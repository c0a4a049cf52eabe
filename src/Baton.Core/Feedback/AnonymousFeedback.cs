using Baton.Core.Commitments;

namespace Baton.Core.Feedback;

/// <summary>
/// One piece of anonymous feedback. It keeps no giver and no instant: only the receiver, the month, a keyed hash of
/// (giver, receiver, month) so distinct givers can be counted, the theme and the text. Its id should be random, not
/// time-ordered, so the id does not tell when it was given either.
/// </summary>
public sealed class AnonymousFeedback
{
    private AnonymousFeedback() { }

    public Guid Id { get; private set; }
    public FeedbackTargetKind TargetKind { get; private set; }
    public Guid? TargetId { get; private set; }
    /// <summary>The first instant of the month it was given in (UTC).</summary>
    public DateTime PeriodStart { get; private set; }
    /// <summary>The keyed hash standing for the giver; equal for the same giver, receiver and month, and nothing else.</summary>
    public string GiverKey { get; private set; } = "";
    public FeedbackTheme Theme { get; private set; }
    public string Text { get; private set; } = "";

    public FeedbackTarget Target => new(TargetKind, TargetId);

    public static AnonymousFeedback Give(Guid id, FeedbackTarget target, string giverKey, FeedbackTheme? theme, string? text, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(target);
        CommitmentRules.RequireId(id, "id");
        if (string.IsNullOrWhiteSpace(giverKey))
        {
            throw new DomainException("giverKey", "A giver key is required to count distinct givers.");
        }
        var chosenTheme = FeedbackRules.RequireTheme(theme);
        var body = FeedbackRules.RequireText(text);
        return new AnonymousFeedback
        {
            Id = id,
            TargetKind = target.Kind,
            TargetId = target.Id,
            PeriodStart = FeedbackRules.PeriodOf(now),
            GiverKey = giverKey,
            Theme = chosenTheme,
            Text = body,
        };
    }

    public AnonymousFact Fact => new(Target, PeriodStart, GiverKey, Theme, Text);
}

/// <summary>
/// The anonymous feedback of one receiver and month that became visible (enough distinct givers). It exists only once the
/// threshold is reached, so its existence reveals nothing below it. The receiver responds to the aggregate, not to a person.
/// </summary>
public sealed class AnonymousFeedbackGroup
{
    private AnonymousFeedbackGroup() { }

    public Guid Id { get; private set; }
    public FeedbackTargetKind TargetKind { get; private set; }
    public Guid? TargetId { get; private set; }
    /// <summary>The target's <see cref="FeedbackTarget.Key"/>; with PeriodStart, unique.</summary>
    public string TargetKey { get; private set; } = "";
    public DateTime PeriodStart { get; private set; }
    public Guid ReceiverId { get; private set; }
    public DateTime VisibleAt { get; private set; }
    public DateTime RespondBy { get; private set; }
    /// <summary>The commitment that tracks the response; null when nobody could be its promisee.</summary>
    public Guid? ResponseCommitmentId { get; private set; }
    public string? Response { get; private set; }
    public DateTime? RespondedAt { get; private set; }

    public FeedbackTarget Target => new(TargetKind, TargetId);

    /// <summary>Opens the group when the aggregate of its facts is visible; refuses below the threshold.</summary>
    public static AnonymousFeedbackGroup Open(Guid id, AnonymousAggregate aggregate, Guid receiverId, Guid? responseCommitmentId, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        now = Instants.Normalize(now);
        CommitmentRules.RequireId(id, "id");
        CommitmentRules.RequireId(receiverId, "receiverId");
        if (aggregate.Givers < AnonymousAggregation.MinimumGivers)
        {
            throw new ConflictException("givers", "Anonymous feedback becomes visible only when enough people gave it.");
        }
        return new AnonymousFeedbackGroup
        {
            Id = id,
            TargetKind = aggregate.Target.Kind,
            TargetId = aggregate.Target.Id,
            TargetKey = aggregate.Target.Key,
            PeriodStart = aggregate.PeriodStart,
            ReceiverId = receiverId,
            VisibleAt = now,
            RespondBy = now + FeedbackRules.ResponseWindow,
            ResponseCommitmentId = responseCommitmentId,
        };
    }

    /// <summary>The receiver responds once to the aggregate.</summary>
    public void Respond(Guid actorId, string? text, DateTime now)
    {
        now = Instants.Normalize(now);
        if (actorId != ReceiverId)
        {
            throw new NotPermittedException("actorId", "Only the receiver of this feedback can respond to it.");
        }
        if (Response is not null)
        {
            throw new ConflictException("response", "This feedback already has a response.");
        }
        Response = FeedbackRules.RequireResponse(text);
        RespondedAt = now;
    }
}
