using Baton.Server.Features.Access;

namespace Baton.Server.Features.People;

public static class PeopleApi
{
    public static IEndpointRouteBuilder MapPeopleApi(this IEndpointRouteBuilder app)
    {
        var people = app.MapGroup("/api/v1/people").WithTags("People").RequireAuthorization(Policies.SignedIn);
        people.MapGet("/", ListPeople.Handle).WithName("ListPeople").WithSummary("Everyone in the center with roles, team and whether they are on shift now");
        people.MapGet("/{id:guid}", GetPerson.Handle).WithName("GetPerson").WithSummary("One person with contact details, presence and current and next shift");
        people.MapPost("/", CreatePerson.Handle).RequireAuthorization(Policies.Admin)
            .WithName("CreatePerson").WithSummary("Add a person with a password (at least 8 characters)");
        people.MapPut("/{id:guid}", UpdatePerson.Handle).RequireAuthorization(Policies.Admin)
            .WithName("UpdatePerson").WithSummary("Change a person's name, e-mail, roles, team, skills, time zone or password");
        people.MapPost("/{id:guid}/deactivate", DeactivatePerson.Handle).RequireAuthorization(Policies.Admin)
            .WithName("DeactivatePerson").WithSummary("Deactivate a person: Offline, no sign-in, no tokens (not yourself)");
        people.MapPost("/{id:guid}/reactivate", ReactivatePerson.Handle).RequireAuthorization(Policies.Admin)
            .WithName("ReactivatePerson").WithSummary("Reactivate a person");
        people.MapPut("/{id:guid}/presence", ChangePresence.Handle)
            .WithName("ChangePresence").WithSummary("Set a person's presence: by themself, their team lead or an admin");

        app.MapOrganizationApi();
        return app;
    }
}
