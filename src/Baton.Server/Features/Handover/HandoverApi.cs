using Baton.Server.Features.Access;

namespace Baton.Server.Features.Handover;

public static class HandoverApi
{
    public static IEndpointRouteBuilder MapHandoverApi(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/handover/people/{personId:guid}", RunHandover.Handle).WithTags("Handover").RequireAuthorization(Policies.Leader)
            .WithName("RunHandover")
            .WithSummary("Run a person's shift-end handover now: items due while they are off duty pass to on-shift teammates or are flagged orphan risk");
        app.MapGet("/api/v1/commitments/shift-check", ShiftCheck.Handle).WithTags("Commitments").RequireAuthorization(Policies.SignedIn)
            .WithName("ShiftCheck")
            .WithSummary("Is the owner on shift at the due time? If not, who the team's handover rule would pass it to");
        return app;
    }
}
