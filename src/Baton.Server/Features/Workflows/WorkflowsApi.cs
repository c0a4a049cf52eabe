using Baton.Server.Features.Access;

namespace Baton.Server.Features.Workflows;

public static class WorkflowsApi
{
    private static readonly string[] YamlBody = ["application/json", "application/yaml", "text/yaml", "text/plain"];

    public static IEndpointRouteBuilder MapWorkflowsApi(this IEndpointRouteBuilder app)
    {
        // Everyone signed in reads workflows; operations managers (and admins) write them.
        var group = app.MapGroup("/api/v1/workflows").WithTags("Workflows").RequireAuthorization(Policies.SignedIn);
        group.MapGet("/", ListWorkflows.Handle).WithName("ListWorkflows").WithSummary("Every workflow: its latest version, status and the published version");
        group.MapPost("/validate", ValidateWorkflow.Handle).Accepts<WorkflowText>(YamlBody[0], YamlBody[1..])
            .WithName("ValidateWorkflow").WithSummary("Check a workflow text: every problem with line and column; nothing is stored");
        group.MapPost("/", CreateWorkflowDraft.Handle).Accepts<WorkflowText>(YamlBody[0], YamlBody[1..]).RequireAuthorization(WorkflowAccess.Editors)
            .WithName("CreateWorkflowDraft").WithSummary("Store a new draft version from YAML (its version must be the next number)");
        group.MapGet("/{key}", GetWorkflowHistory.Handle).WithName("GetWorkflowHistory").WithSummary("A workflow's versions and change log: who changed what and why");
        group.MapGet("/{key}/diff", DiffWorkflowVersions.Handle).WithName("DiffWorkflowVersions")
            .WithSummary("Unified diff between two versions, with the node ids added, removed and changed");
        group.MapGet("/{key}/versions/{version:int}", GetWorkflowVersion.Handle).WithName("GetWorkflowVersion").WithSummary("One version: YAML and parsed summary");
        group.MapPut("/{key}/versions/{version:int}", UpdateWorkflowDraft.Handle).Accepts<WorkflowText>(YamlBody[0], YamlBody[1..])
            .RequireAuthorization(WorkflowAccess.Editors).WithName("UpdateWorkflowDraft").WithSummary("Replace the text of a draft version");
        group.MapGet("/{key}/versions/{version:int}/chart.svg", RenderWorkflowChart.Handle).Produces(200, contentType: RenderWorkflowChart.SvgContentType)
            .WithName("GetWorkflowChart").WithSummary("The flowchart as SVG; ?highlight=nodeId, ?changedFrom=version marks changed nodes");
        group.MapPost("/{key}/versions/{version:int}/publish", PublishWorkflowVersion.Handle).RequireAuthorization(WorkflowAccess.Editors)
            .WithName("PublishWorkflowVersion").WithSummary("Publish a draft (change reason required); the previously published version retires");
        group.MapPost("/{key}/versions/{version:int}/retire", RetireWorkflowVersion.Handle).RequireAuthorization(WorkflowAccess.Editors)
            .WithName("RetireWorkflowVersion").WithSummary("Retire a draft or published version; retired is final");
        return app;
    }
}
