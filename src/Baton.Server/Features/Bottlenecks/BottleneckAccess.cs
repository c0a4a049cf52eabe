using Microsoft.AspNetCore.Authorization;

namespace Baton.Server.Features.Bottlenecks;

/// <summary>
/// Who reads bottleneck reports: the people who improve processes and coach on them (leads, supervisors, department
/// heads, managers, quality analysts) and admins. Agents work the cases; the report names their slowest ones, so it is not theirs.
/// </summary>
public static class BottleneckAccess
{
    public const string ReaderRoles = "TeamLead,Supervisor,DepartmentHead,Manager,QualityAnalyst,Admin";

    public static readonly IAuthorizeData Readers = new AuthorizeAttribute { Roles = ReaderRoles };
}
