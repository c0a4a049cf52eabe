using Baton.Server.Features.Access;

namespace Baton.Server.Features.Interactions;

public static class InteractionsApi
{
    public static IEndpointRouteBuilder MapInteractionsApi(this IEndpointRouteBuilder app)
    {
        var interactions = app.MapGroup("/api/v1/interactions").WithTags("Interactions").RequireAuthorization(Policies.SignedIn);
        interactions.MapGet("/", FindInteractions.List)
            .WithName("ListInteractions").WithSummary("Calls, newest first, by customer, agent, queue or status");
        interactions.MapGet("/screen-pop", ScreenPopQuery.Handle)
            .WithName("ScreenPop").WithSummary("The signed-in agent's live call with the customer's open commitments and cases (204 when none)");
        interactions.MapGet("/{id:guid}", FindInteractions.Get)
            .WithName("GetInteraction").WithSummary("One call with its events in PBX-time order");
        interactions.MapPost("/{id:guid}/wrap-up", WrapUpInteraction.Handle)
            .WithName("WrapUpInteraction").WithSummary("The handling agent says whether the ended call resolved the issue and names its topic");
        app.MapPost("/api/v1/interactions/{id:guid}/survey", RecordSurvey.Handle).WithTags("Interactions").RequireAuthorization(Policies.Integration)
            .WithName("RecordInteractionSurvey").WithSummary("The survey system posts the customer's satisfaction score (1–5) for a call");
        return app;
    }
}
