using System.Text.RegularExpressions;

namespace Baton.Core.Organization;

/// <summary>Validation shared by the organisation's entities; every failure names its field.</summary>
public static partial class OrganizationRules
{
    public static string RequireName(string? value, string field)
    {
        var trimmed = value?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            throw new DomainException(field, "A name is required.");
        }
        if (trimmed.Length > 200)
        {
            throw new DomainException(field, "A name can be at most 200 characters.");
        }
        return trimmed;
    }

    public static string RequireUserName(string? value)
    {
        var trimmed = value?.Trim().ToLowerInvariant() ?? "";
        if (!UserNamePattern().IsMatch(trimmed))
        {
            throw new DomainException("userName", "A user name is 2 to 64 characters: letters, digits, '.', '-' or '_'.");
        }
        return trimmed;
    }

    public static List<Role> RequireRoles(IEnumerable<Role> roles)
    {
        var list = roles.Distinct().Order().ToList();
        if (list.Count == 0)
        {
            throw new DomainException("roles", "A person needs at least one role.");
        }
        if (list.Any(r => !Enum.IsDefined(r)))
        {
            throw new DomainException("roles", "Unknown role.");
        }
        return list;
    }

    public static string RequireTimeZone(string? value, string field)
    {
        var zone = string.IsNullOrWhiteSpace(value) ? "UTC" : value.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
        {
            throw new DomainException(field, $"'{zone}' is not a known time zone (use an IANA name such as Europe/Berlin).");
        }
        return zone;
    }

    [GeneratedRegex("^[a-z0-9._-]{2,64}$")]
    private static partial Regex UserNamePattern();
}
