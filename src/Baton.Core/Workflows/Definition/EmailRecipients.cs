namespace Baton.Core.Workflows;

/// <summary>The YAML spelling of <see cref="EmailRecipient"/>.</summary>
public static class EmailRecipients
{
    private static readonly Dictionary<string, EmailRecipient> ByName = new(StringComparer.Ordinal)
    {
        ["customer"] = EmailRecipient.Customer,
        ["owner"] = EmailRecipient.CaseOwner,
        ["workflowOwner"] = EmailRecipient.WorkflowOwner,
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryParse(string? name, out EmailRecipient recipient) => ByName.TryGetValue(name?.Trim() ?? "", out recipient);

    public static string Name(EmailRecipient recipient) => ByName.First(pair => pair.Value == recipient).Key;
}
