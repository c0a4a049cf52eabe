using System.Security.Claims;

namespace Baton.Server.Features.Access;

public static class AccessApi
{
    public sealed record Me(Guid? Id, string UserName, string DisplayName, IReadOnlyList<string> Roles);

    public static IEndpointRouteBuilder MapAccessApi(this IEndpointRouteBuilder app)
    {
        // Form posts from the static pages; each form carries an antiforgery token.
        var account = app.MapGroup("/account").WithTags("Account").ExcludeFromDescription();
        account.MapPost("/login", (Delegate)SignIn.SignInAsync).AllowAnonymous();
        account.MapPost("/logout", (Delegate)SignIn.SignOutAsync).RequireAuthorization(Policies.SignedIn);

        var auth = app.MapGroup("/api/v1/auth").WithTags("Auth");
        auth.MapPost("/token", IssueToken.Handle).AllowAnonymous()
            .WithName("IssueToken").WithSummary("Exchange a user name and password for a bearer token");
        auth.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new Me(
                Principals.PersonIdOf(user), user.Identity?.Name ?? "", user.FindFirstValue(Principals.DisplayNameClaim) ?? "",
                user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList())))
            .RequireAuthorization().WithName("WhoAmI").WithSummary("The signed-in person or integration");

        var tokens = app.MapGroup("/api/v1/settings/api-tokens").WithTags("Settings").RequireAuthorization(Policies.Admin);
        tokens.MapGet("/", IntegrationTokens.List).WithName("ListApiTokens").WithSummary("Integration tokens (never the secrets)");
        tokens.MapPost("/", IntegrationTokens.Create).WithName("CreateApiToken").WithSummary("Create an integration token; the secret is returned once");
        tokens.MapDelete("/{id:guid}", IntegrationTokens.Revoke).WithName("RevokeApiToken").WithSummary("Revoke an integration token");
        return app;
    }
}
