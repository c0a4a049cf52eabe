namespace Baton.Core.Metrics;

/// <summary>What a context note is attached to. Numbers are stored: never renumber.</summary>
public enum ContextItemKind
{
    Commitment = 1,
    Interaction = 2,
}

/// <summary>Where a context note stands. Numbers are stored: never renumber.</summary>
public enum ContextNoteStatus
{
    Pending = 1,
    /// <summary>The item is excluded from everyone's metrics.</summary>
    Accepted = 2,
    Declined = 3,
}

/// <summary>
/// A person's explanation of an item that counts against their metrics ("the customer asked to be called next week"),
/// reviewed by someone who leads them. An accepted note excludes the item from every scorecard; a declined one carries
/// the reviewer's reason. The author can never review their own note.
/// </summary>
public sealed class ContextNote
{
    public const int MaxTextLength = 2000;

    private ContextNote() { }

    public ContextNote(Guid id, ContextItemKind itemKind, Guid itemId, Guid authorId, string text, DateTime now)
    {
        if (!Enum.IsDefined(itemKind))
        {
            throw new DomainException("itemKind", "A context note is attached to a commitment or an interaction.");
        }
        if (itemId == Guid.Empty)
        {
            throw new DomainException("itemId", "Say which item the note is about.");
        }
        Id = id;
        ItemKind = itemKind;
        ItemId = itemId;
        AuthorId = authorId;
        Text = RequireText(text, "text", "Explain the context of the item");
        CreatedAt = Instants.Normalize(now);
        Status = ContextNoteStatus.Pending;
    }

    public Guid Id { get; private set; }
    public ContextItemKind ItemKind { get; private set; }
    public Guid ItemId { get; private set; }
    public Guid AuthorId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public ContextNoteStatus Status { get; private set; }
    public Guid? ReviewerId { get; private set; }
    public DateTime? ReviewedAt { get; private set; }
    public string? ReviewReason { get; private set; }

    /// <summary>Accepts the note: the item stops counting for or against anyone. A reason is optional.</summary>
    public void Accept(Guid reviewerId, string? reason, DateTime now) =>
        Review(reviewerId, ContextNoteStatus.Accepted, string.IsNullOrWhiteSpace(reason) ? null : RequireText(reason, "reason", "The reason"), now);

    /// <summary>Declines the note: the item keeps counting. The author is owed a reason.</summary>
    public void Decline(Guid reviewerId, string? reason, DateTime now) =>
        Review(reviewerId, ContextNoteStatus.Declined, RequireText(reason, "reason", "Say why the note is declined"), now);

    private void Review(Guid reviewerId, ContextNoteStatus decision, string? reason, DateTime now)
    {
        if (reviewerId == AuthorId)
        {
            throw new NotPermittedException("reviewerId", "Nobody reviews their own context note; their lead does.");
        }
        if (Status != ContextNoteStatus.Pending)
        {
            throw new ConflictException("status", $"This note was already {Status.ToString().ToLowerInvariant()}.");
        }
        Status = decision;
        ReviewerId = reviewerId;
        ReviewedAt = Instants.Normalize(now);
        ReviewReason = reason;
    }

    private static string RequireText(string? text, string field, string what)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length is 0 or > MaxTextLength)
        {
            throw new DomainException(field, $"{what} (1 to {MaxTextLength} characters).");
        }
        return trimmed;
    }
}
