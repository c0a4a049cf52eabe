using Baton.Server.Features.Access;

namespace Baton.Server.Features.Feedback;

public static class FeedbackApi
{
    public static IServiceCollection AddBatonFeedback(this IServiceCollection services) => services.AddSingleton<AnonymityKey>();

    public static IEndpointRouteBuilder MapFeedbackApi(this IEndpointRouteBuilder app)
    {
        var feedback = app.MapGroup("/api/v1/feedback").WithTags("Feedback").RequireAuthorization(Policies.SignedIn);
        feedback.MapPost("/", GiveFeedback.Handle).WithName("GiveFeedback")
            .WithSummary("Give feedback to a person, a department or the leadership; anonymous=true stores no giver and answers 202 with nothing traceable");
        feedback.MapGet("/received", FindFeedback.Received).WithName("ReceivedFeedback")
            .WithSummary("Named feedback I must respond to (each tracked by a FollowUp commitment)");
        feedback.MapGet("/given", FindFeedback.Given).WithName("GivenFeedback").WithSummary("Named feedback I gave, with the responses");
        feedback.MapGet("/{id:guid}", FindFeedback.Get).WithName("GetFeedback").WithSummary("One piece of named feedback I gave or received");
        feedback.MapPost("/{id:guid}/response", RespondToFeedback.Named).WithName("RespondToFeedback")
            .WithSummary("The receiver responds; this keeps the response commitment");
        feedback.MapGet("/anonymous", AnonymousFeedbackQueries.List).WithName("AnonymousFeedbackAggregates")
            .WithSummary("Aggregates of anonymous feedback I may read, only where at least three distinct people gave it");
        feedback.MapGet("/anonymous/responses", AnonymousFeedbackQueries.Responses).WithName("AnonymousFeedbackResponses")
            .WithSummary("Responses to anonymous feedback I gave");
        feedback.MapPost("/anonymous/{groupId:guid}/response", RespondToFeedback.Anonymous).WithName("RespondToAnonymousFeedback")
            .WithSummary("The receiver responds to an aggregate; this keeps its response commitment");
        return app;
    }
}
