using System.Net.Mail;
using System.Text.RegularExpressions;

namespace Baton.Core.Customers;

public static partial class CustomerRules
{
    public static List<string> RequirePhones(IEnumerable<string>? phones)
    {
        var list = new List<string>();
        foreach (var raw in phones ?? [])
        {
            var phone = raw?.Trim() ?? "";
            if (phone.Length == 0)
            {
                continue;
            }
            if (!PhonePattern().IsMatch(phone))
            {
                throw new DomainException("phone", $"'{phone}' is not a phone number (digits, spaces, +, -, parentheses; 5 to 20 digits).");
            }
            if (!list.Contains(phone))
            {
                list.Add(phone);
            }
        }
        return list;
    }

    public static string? OptionalEmail(string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return null;
        }
        var trimmed = email.Trim();
        if (!MailAddress.TryCreate(trimmed, out var parsed) || !string.Equals(parsed.Address, trimmed, StringComparison.OrdinalIgnoreCase) || !trimmed.Contains('.', StringComparison.Ordinal))
        {
            throw new DomainException("email", $"'{trimmed}' is not an email address.");
        }
        return trimmed;
    }

    [GeneratedRegex(@"^\+?[0-9 ()\-./]{5,30}$")]
    private static partial Regex PhonePattern();
}
