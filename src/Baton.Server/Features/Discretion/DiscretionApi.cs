using Baton.Server.Features.Access;
using Microsoft.AspNetCore.Authorization;

namespace Baton.Server.Features.Discretion;

/// <summary>Discretion policies (bounded autonomy), start dates for earned autonomy, and the grants people make under them.</summary>
public static class DiscretionApi
{
    public static IEndpointRouteBuilder MapDiscretionApi(this IEndpointRouteBuilder app)
    {
        var managers = new AuthorizeAttribute { Roles = "Manager,Admin" };
        var discretion = app.MapGroup("/api/v1/discretion").WithTags("Discretion").RequireAuthorization(Policies.SignedIn);
        discretion.MapGet("/policies", ListPolicies.Handle)
            .WithName("ListDiscretionPolicies").WithSummary("Every discretion policy: gesture, role or person, limits per interaction and per 7 days, earned autonomy");
        discretion.MapPost("/policies", SavePolicy.Create).RequireAuthorization(managers)
            .WithName("CreateDiscretionPolicy").WithSummary("Add a policy for a role or a person (one per gesture and holder)");
        discretion.MapPut("/policies/{id:guid}", SavePolicy.Update).RequireAuthorization(managers)
            .WithName("UpdateDiscretionPolicy").WithSummary("Change a policy's currency, limits or earned-autonomy rule");
        discretion.MapDelete("/policies/{id:guid}", DeletePolicy.Handle).RequireAuthorization(managers)
            .WithName("DeleteDiscretionPolicy").WithSummary("Remove a policy");
        discretion.MapPut("/start-dates/{personId:guid}", RecordStartDate.Handle).RequireAuthorization(managers)
            .WithName("RecordStartDate").WithSummary("Record when a person started: earned autonomy counts tenure from it");
        discretion.MapGet("/limits", GetLimits.Handle)
            .WithName("GetDiscretionLimits").WithSummary("What I (or someone I lead) may grant now without approval, what is left this week, and why");

        var grants = app.MapGroup("/api/v1/grants").WithTags("Discretion").RequireAuthorization(Policies.SignedIn);
        grants.MapPost("/", GrantGesture.Handle)
            .WithName("GrantGesture").WithSummary("Grant a gesture: within my limits at once, above them an Approval commitment goes to my approver");
        grants.MapGet("/", ListGrants.Handle)
            .WithName("ListGrants").WithSummary("Grants I may see (mine; my team's as a lead; all as a manager), filtered by person, team, gesture, period, status");
        grants.MapGet("/report", GrantsReport.Handle)
            .WithName("GrantsReport").WithSummary("Totals per person and gesture, and per gesture, over the same filters");
        grants.MapGet("/export.csv", GrantsCsv.Handle)
            .WithName("GrantsCsv").WithSummary("The grants as CSV, with the same filters").Produces(StatusCodes.Status200OK, contentType: "text/csv");
        grants.MapGet("/waiting", ApprovalsWaiting.Handle)
            .WithName("ApprovalsWaiting").WithSummary("Requests above the limits waiting for my decision");
        grants.MapPost("/{id:guid}/approve", DecideApproval.Approve)
            .WithName("ApproveGrant").WithSummary("Approve a request (the approver or a lead of the requester; never the requester)");
        grants.MapPost("/{id:guid}/decline", DecideApproval.Decline)
            .WithName("DeclineGrant").WithSummary("Decline a request with a reason (the approver or a lead of the requester; never the requester)");
        return app;
    }
}
