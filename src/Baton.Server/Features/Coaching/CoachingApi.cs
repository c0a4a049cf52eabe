using Baton.Server.Features.Access;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Coaching;

public static class CoachingApi
{
    public static IServiceCollection AddBatonCoaching(this IServiceCollection services) =>
        services.AddScoped<ITimerHandler, AcknowledgementDeadlineTimer>();

    public static IEndpointRouteBuilder MapCoachingApi(this IEndpointRouteBuilder app)
    {
        var coaching = app.MapGroup("/api/v1/coaching").WithTags("Coaching").RequireAuthorization(Policies.SignedIn);
        coaching.MapGet("/", FindCoachingSessions.List).WithName("ListCoachingSessions")
            .WithSummary("Sessions I take part in and those of the people I lead; agentId= for one agent's history, toReview=true for disputes assigned to me");
        coaching.MapGet("/{id:guid}", FindCoachingSessions.Get).WithName("GetCoachingSession")
            .WithSummary("One session with the evidence exactly as it was shown, goals and action items");
        coaching.MapPost("/", ScheduleCoachingSession.Handle).RequireAuthorization(Policies.Leader).WithName("ScheduleCoachingSession")
            .WithSummary("Schedule a session with someone I lead, attaching commitments, scorecard figures, workflow nodes or expectations");
        coaching.MapPost("/{id:guid}/hold", HoldCoachingSession.Handle).RequireAuthorization(Policies.Leader).WithName("HoldCoachingSession")
            .WithSummary("The coach records notes, the consequence and action items for both sides (each an ActionItem commitment)");
        coaching.MapPost("/{id:guid}/acknowledge", AcknowledgeCoachingSession.Handle).WithName("AcknowledgeCoachingSession")
            .WithSummary("The agent acknowledges the session as recorded");
        coaching.MapPost("/{id:guid}/dispute", DisputeCoachingSession.Handle).WithName("DisputeCoachingSession")
            .WithSummary("The agent disputes the session with a reason; a lead other than the coach reviews it");
        coaching.MapPost("/{id:guid}/review", ReviewCoachingDispute.Handle).RequireAuthorization(Policies.Leader).WithName("ReviewCoachingDispute")
            .WithSummary("The assigned reviewer (or a manager) upholds or amends a disputed session, with a reason; never the coach");
        return app;
    }
}
