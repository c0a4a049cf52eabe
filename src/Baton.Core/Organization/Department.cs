namespace Baton.Core.Organization;

/// <summary>A part of the organisation (Sales, Finance, Returns…) that receives hand-offs and owns its own promises.</summary>
public sealed class Department
{
    private Department() { }

    public Department(Guid id, string name, string timeZone)
    {
        Id = id;
        Name = OrganizationRules.RequireName(name, nameof(name));
        TimeZone = OrganizationRules.RequireTimeZone(timeZone, nameof(timeZone));
    }

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>IANA time zone of the department's business hours.</summary>
    public string TimeZone { get; private set; } = "UTC";
    public Guid? HeadId { get; private set; }

    public void Rename(string name) => Name = OrganizationRules.RequireName(name, nameof(name));
    public void MoveTo(string timeZone) => TimeZone = OrganizationRules.RequireTimeZone(timeZone, nameof(timeZone));
    public void AppointHead(Guid? headId) => HeadId = headId;
}
