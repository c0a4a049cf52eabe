namespace Baton.Core.Organization;

/// <summary>What a person does in the center. A person may hold several roles.</summary>
public enum Role
{
    Agent = 1,
    TeamLead = 2,
    Supervisor = 3,
    DepartmentHead = 4,
    Manager = 5,
    QualityAnalyst = 6,
    Admin = 7,
}

public static class Roles
{
    /// <summary>Pseudo-role carried by integration API tokens (telephony, CRM); never held by a person.</summary>
    public const string Integration = "Integration";

    /// <summary>Roles that lead other people: they see their people's items and may act on them.</summary>
    public static readonly IReadOnlySet<Role> Leaders = new HashSet<Role>
    {
        Role.TeamLead, Role.Supervisor, Role.DepartmentHead, Role.Manager,
    };
}
