namespace Baton.Core.Commitments;

/// <summary>Text and id validation shared by the commitment operations; every failure names its field.</summary>
public static class CommitmentRules
{
    public const int MaxWhatLength = 2000;
    public const int MaxNoteLength = 2000;
    public const int MaxReasonLength = 1000;
    public const int MaxAgreedByLength = 200;

    public static string RequireText(string? value, string field, int maxLength, string label)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException(field, $"{label} is required.");
        }
        return CheckLength(trimmed, field, maxLength);
    }

    public static string? OptionalText(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? null : CheckLength(trimmed, field, maxLength);
    }

    public static Guid RequireId(Guid id, string field) =>
        id == Guid.Empty ? throw new DomainException(field, "An id is required.") : id;

    private static string CheckLength(string value, string field, int maxLength) =>
        value.Length > maxLength
            ? throw new DomainException(field, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"At most {maxLength} characters."))
            : value;
}
