using Baton.Server.Features.Access;
using Microsoft.AspNetCore.Authorization;

namespace Baton.Server.Features.Expectations;

public static class ExpectationsApi
{
    public static IEndpointRouteBuilder MapExpectationsApi(this IEndpointRouteBuilder app)
    {
        var expectations = app.MapGroup("/api/v1/expectations").WithTags("Expectations").RequireAuthorization(Policies.SignedIn);
        expectations.MapGet("/", ListExpectations.Handle)
            .WithName("ListExpectations").WithSummary("The current version of every expectation, for roles, teams and departments");
        expectations.MapGet("/{key:guid}/history", ExpectationHistory.Handle)
            .WithName("ExpectationHistory").WithSummary("Every version of one expectation, newest first, with its change reason");
        expectations.MapPost("/", SaveExpectation.Handle).RequireAuthorization(new AuthorizeAttribute { Roles = "Manager,Admin" })
            .WithName("SaveExpectation").WithSummary("Add an expectation, or the next version of one (give its key); a change reason is required");
        return app;
    }
}
