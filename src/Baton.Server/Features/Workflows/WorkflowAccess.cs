using Microsoft.AspNetCore.Authorization;

namespace Baton.Server.Features.Workflows;

/// <summary>Operations managers own workflows: they (and admins) write; everyone signed in reads.</summary>
public static class WorkflowAccess
{
    public const string EditorRoles = "Manager,Admin";

    public static readonly IAuthorizeData Editors = new AuthorizeAttribute { Roles = EditorRoles };
}
