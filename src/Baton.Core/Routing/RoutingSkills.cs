namespace Baton.Core.Routing;

/// <summary>Skills are compared trimmed and lower-case, the way <see cref="Organization.Person.SetSkills"/> stores them.</summary>
public static class RoutingSkills
{
    public const int MaxSkills = 20;
    public const int MaxSkillLength = 50;

    public static IReadOnlyList<string> Normalize(IEnumerable<string>? skills) =>
        (skills ?? []).Select(s => (s ?? "").Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    /// <summary>Normalizes and validates a list given by a person: at most 20 skills of at most 50 characters.</summary>
    public static IReadOnlyList<string> Require(IEnumerable<string>? skills, string field)
    {
        var normalized = Normalize(skills);
        if (normalized.Count > MaxSkills)
        {
            throw new DomainException(field, $"At most {MaxSkills} skills.");
        }
        if (normalized.FirstOrDefault(s => s.Length > MaxSkillLength) is { } tooLong)
        {
            throw new DomainException(field, $"The skill '{tooLong[..20]}…' is longer than {MaxSkillLength} characters.");
        }
        return normalized;
    }
}
