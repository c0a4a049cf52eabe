using Baton.Server.Features.Access;
using Microsoft.AspNetCore.Authorization;

namespace Baton.Server.Features.Routing;

public static class RoutingApi
{
    private static readonly AuthorizeAttribute Managers = new() { Roles = "Manager,Admin" };

    public static IEndpointRouteBuilder MapRoutingApi(this IEndpointRouteBuilder app)
    {
        var routing = app.MapGroup("/api/v1/routing").WithTags("Routing").RequireAuthorization(Policies.SignedIn);
        routing.MapGet("/offers/mine", MyOffers.Handle)
            .WithName("MyRoutingOffers").WithSummary("The signed-in person's open offers, soonest expiry first");
        routing.MapPost("/offers/{id:guid}/accept", AcceptOffer.Handle)
            .WithName("AcceptRoutingOffer").WithSummary("Take the offered work before the offer expires; it becomes yours");
        routing.MapPost("/offers/{id:guid}/decline", DeclineOffer.Handle)
            .WithName("DeclineRoutingOffer").WithSummary("Pass on the offered work; it goes to the next person, never back to you");
        routing.MapGet("/queue", QueueSnapshot.Handle).RequireAuthorization(Policies.Leader)
            .WithName("RoutingQueueSnapshot").WithSummary("Queued work oldest first, with its open offer, and how many people are available");
        routing.MapGet("/rules", ListRoutingRules.Handle)
            .WithName("ListRoutingRules").WithSummary("Every queue's rule: skills, priority, offer timeout, overflow, default capacity");
        routing.MapPost("/rules", SaveRoutingRule.Create).RequireAuthorization(Managers)
            .WithName("CreateRoutingRule").WithSummary("Add a queue's rule");
        routing.MapPut("/rules/{id:guid}", SaveRoutingRule.Update).RequireAuthorization(Managers)
            .WithName("UpdateRoutingRule").WithSummary("Change a queue's rule");
        routing.MapDelete("/rules/{id:guid}", DeleteRoutingRule.Handle).RequireAuthorization(Managers)
            .WithName("DeleteRoutingRule").WithSummary("Remove a queue's rule; its work falls back to the department's rule or the default");
        routing.MapPut("/profiles/{personId:guid}", SaveRoutingProfile.Handle).RequireAuthorization(Policies.Leader)
            .WithName("SaveRoutingProfile").WithSummary("Set how much routed work a person holds at once, per kind and in all");
        return app;
    }
}
