using Baton.Server.Features.Access;
using Baton.Server.Features.Timers;

namespace Baton.Server.Features.Cases;

public static class CasesApi
{
    public static IServiceCollection AddBatonCases(this IServiceCollection services)
    {
        services.AddScoped<ITimerHandler, CaseWaitTimer>();
        services.AddScoped<ITimerHandler, CaseWebhookTimer>();
        services.AddHttpClient(CaseWebhookTimer.ClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        return services;
    }

    public static IEndpointRouteBuilder MapCasesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/cases").WithTags("Cases").RequireAuthorization(Policies.SignedIn);
        var open = app.MapGroup("/api/v1/cases").WithTags("Cases").RequireAuthorization(Policies.PersonOrIntegration);

        group.MapPost("/", StartCase.Handle).WithName("StartCase")
            .WithSummary("Start a case for a customer on a workflow's published version; the signed-in agent owns it");
        open.MapGet("/", FindCases.List).WithName("ListCases").WithSummary("Cases filtered by owner, status and customer; most recently changed first");
        open.MapGet("/{id:guid}", FindCases.Get).WithName("GetCase")
            .WithSummary("One case: state, current node with its script, questions and buttons, timeline, custody and the commitments it created");
        group.MapPost("/{id:guid}/advance", AdvanceCase.Handle).WithName("AdvanceCase")
            .WithSummary("Complete the current step: answers, outcome (button), notes, sentiment, fields");
        open.MapPost("/{id:guid}/events", RaiseCaseEvent.Handle).WithName("RaiseCaseEvent")
            .WithSummary("Deliver a named event to a case waiting for it");
        group.MapPost("/{id:guid}/transfer", TransferCase.Handle).WithName("TransferCase")
            .WithSummary("Pass the case to another active person (owner or their lead only)");
        group.MapPost("/{id:guid}/migrate", MigrateCase.Handle).WithName("MigrateCase")
            .WithSummary("Move the case to a newer version of its workflow when its current node exists there; otherwise 409");
        return app;
    }
}
