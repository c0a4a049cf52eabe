using Baton.Core.Commitments;

namespace Baton.Core.Feedback;

/// <summary>The rules every piece of feedback follows, named or anonymous.</summary>
public static class FeedbackRules
{
    public const int MaxTextLength = 2000;

    /// <summary>How long the receiver has to respond.</summary>
    public static readonly TimeSpan ResponseWindow = TimeSpan.FromDays(3);

    /// <summary>Anonymous feedback is grouped by receiver and calendar month (UTC); this is the month an instant falls in.</summary>
    public static DateTime PeriodOf(DateTime instant)
    {
        var at = Instants.Normalize(instant);
        return new DateTime(at.Year, at.Month, 1, 0, 0, 0, DateTimeKind.Utc);
    }

    public static string RequireText(string? text) =>
        CommitmentRules.RequireText(text, "text", MaxTextLength, "The feedback");

    public static FeedbackTheme RequireTheme(FeedbackTheme? theme) =>
        theme is { } given && Enum.IsDefined(given) ? given : throw new DomainException("theme", "Choose a theme.");

    /// <summary>Both the item's kind and id, or neither. Anonymous feedback names no item: the item could tell who gave it.</summary>
    public static (FeedbackItemKind? Kind, Guid? Id) RequireItem(FeedbackItemKind? kind, Guid? id, bool anonymous)
    {
        if (kind is null && (id is null || id == Guid.Empty))
        {
            return (null, null);
        }
        if (anonymous)
        {
            throw new DomainException("itemId", "Anonymous feedback cannot name an item: the item could tell who gave it.");
        }
        if (kind is not { } itemKind || !Enum.IsDefined(itemKind))
        {
            throw new DomainException("itemKind", "Say what kind of item it is: Commitment, Case or Interaction.");
        }
        if (id is not { } itemId || itemId == Guid.Empty)
        {
            throw new DomainException("itemId", "Name the item's id.");
        }
        return (itemKind, itemId);
    }

    public static string RequireResponse(string? text) =>
        CommitmentRules.RequireText(text, "text", MaxTextLength, "The response");
}

/// <summary>A message the server must deliver after applying the change.</summary>
public sealed record FeedbackNotification(Guid PersonId, string Text);
