namespace Baton.Core.Organization;

/// <summary>Someone who works in the center. Only active people can own commitments.</summary>
public sealed class Person
{
    private Person() { }

    public Person(Guid id, string userName, string displayName, IEnumerable<Role> roles, Guid? teamId, string timeZone, DateTime now)
    {
        Id = id;
        UserName = OrganizationRules.RequireUserName(userName);
        DisplayName = OrganizationRules.RequireName(displayName, nameof(displayName));
        Roles = OrganizationRules.RequireRoles(roles);
        TeamId = teamId;
        TimeZone = OrganizationRules.RequireTimeZone(timeZone, nameof(timeZone));
        Active = true;
        PresenceSince = now;
    }

    public Guid Id { get; private set; }
    public string UserName { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    public string? Email { get; private set; }
    /// <summary>Hashed with ASP.NET Core's password hasher; null until a password is set.</summary>
    public string? PasswordHash { get; private set; }
    public List<Role> Roles { get; private set; } = [];
    public Guid? TeamId { get; private set; }
    public List<string> Skills { get; private set; } = [];
    public bool Active { get; private set; }
    /// <summary>IANA time zone the person works in; shifts are shown in it.</summary>
    public string TimeZone { get; private set; } = "UTC";
    public Presence Presence { get; private set; }
    public DateTime PresenceSince { get; private set; }

    public bool HasRole(Role role) => Roles.Contains(role);

    public void Rename(string displayName) => DisplayName = OrganizationRules.RequireName(displayName, nameof(displayName));
    public void ChangeEmail(string? email) => Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
    public void AssignRoles(IEnumerable<Role> roles) => Roles = OrganizationRules.RequireRoles(roles);
    public void JoinTeam(Guid? teamId) => TeamId = teamId;
    public void MoveTo(string timeZone) => TimeZone = OrganizationRules.RequireTimeZone(timeZone, nameof(timeZone));
    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void SetSkills(IEnumerable<string> skills) =>
        Skills = skills.Select(s => s.Trim().ToLowerInvariant()).Where(s => s.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

    public void Deactivate(DateTime now)
    {
        Active = false;
        ChangePresence(Presence.Offline, now);
    }

    public void Reactivate() => Active = true;

    public void ChangePresence(Presence presence, DateTime now)
    {
        if (!Active && presence != Presence.Offline)
        {
            throw new DomainException("presence", "An inactive person can only be Offline.");
        }
        if (presence == Presence)
        {
            return;
        }
        Presence = presence;
        PresenceSince = now;
    }
}
