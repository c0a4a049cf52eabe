using System.Text.Encodings.Web;
using Baton.Core;
using Baton.Server.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Baton.Server.Features.Access;

/// <summary>Authenticates "Authorization: Bearer …" against the hashed tokens in the database.</summary>
public sealed class BearerTokenHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, BatonDb db, TimeProvider time)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Bearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var hash = ApiToken.HashOf(header["Bearer ".Length..].Trim());
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, Context.RequestAborted);
        var now = Instants.FromTimeProvider(time);
        if (token is null || !token.IsValidAt(now))
        {
            return AuthenticateResult.Fail("The token is unknown, expired or revoked.");
        }
        switch (token.Kind)
        {
            case ApiTokenKind.Integration:
                return Success(Principals.ForIntegration(token, SchemeName));
            case ApiTokenKind.Session:
                var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == token.PersonId, Context.RequestAborted);
                return person is { Active: true }
                    ? Success(Principals.ForPerson(person, SchemeName))
                    : AuthenticateResult.Fail("The token's person is no longer active.");
            default:
                return AuthenticateResult.Fail("Unknown token kind.");
        }
    }

    private AuthenticateResult Success(System.Security.Claims.ClaimsPrincipal principal) =>
        AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
}
