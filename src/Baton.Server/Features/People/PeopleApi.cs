using Baton.Server.Features.Access;

namespace Baton.Server.Features.People;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/people").WithTags("People").RequireAuthorization(Policies.SignedIn);
        people.MapGet("/", ListPeople.Handle).WithName("ListPeople").WithSummary("Everyone in the center with roles and team");
        return app;
    }
}
