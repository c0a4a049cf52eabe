namespace Baton.Core.Organization;

/// <summary>A group of people in one department with one lead.</summary>
public sealed class Team
{
    private Team() { }

    public Team(Guid id, string name, Guid departmentId)
    {
        Id = id;
        Name = OrganizationRules.RequireName(name, nameof(name));
        DepartmentId = departmentId;
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    public Guid DepartmentId { get; private set; }
    public Guid? LeadId { get; private set; }

    public void Rename(string name) => Name = OrganizationRules.RequireName(name, nameof(name));
    public void MoveTo(Guid departmentId) => DepartmentId = departmentId;
    public void AppointLead(Guid? leadId) => LeadId = leadId;
}
