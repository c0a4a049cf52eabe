using System.Security.Claims;
using Baton.Core.Organization;

namespace Baton.Server.Features.Access;

/// <summary>Builds the claims principal for a person or an integration, whichever scheme signed them in.</summary>
public static class Principals
{
    public const string DisplayNameClaim = "baton:display_name";
    public const string TokenIdClaim = "baton:token_id";

    public static ClaimsPrincipal ForPerson(Person person, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, person.Id.ToString("D")),
            new(ClaimTypes.Name, person.UserName),
            new(DisplayNameClaim, person.DisplayName),
        };
        claims.AddRange(person.Roles.Select(r => new Claim(ClaimTypes.Role, r.ToString())));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static ClaimsPrincipal ForIntegration(ApiToken token, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.Name, $"integration:{token.Name}"),
            new(DisplayNameClaim, token.Name),
            new(TokenIdClaim, token.Id.ToString("D")),
            new(ClaimTypes.Role, Roles.Integration),
        };
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme, ClaimTypes.Name, ClaimTypes.Role));
    }

    public static Guid? PersonIdOf(ClaimsPrincipal user) =>
        Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static bool HasRole(this ClaimsPrincipal user, Role role) => user.IsInRole(role.ToString());
}
