using Baton.Core.Organization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Access;

/// <summary>Named authorization policies. Every endpoint and page states one of these, or AllowAnonymous.</summary>
public static class Policies
{
    public const string SignedIn = "SignedIn";
    public const string Admin = "Admin";
    public const string Leader = "Leader";
    public const string Integration = "Integration";
    public const string PersonOrIntegration = "PersonOrIntegration";
}

public static class AccessSetup
{
    private const string SmartScheme = "Baton";

    public static IServiceCollection AddBatonAccess(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<Person>, PasswordHasher<Person>>();
        services.AddAuthentication(SmartScheme)
            .AddPolicyScheme(SmartScheme, "Cookie or bearer token", o =>
                o.ForwardDefaultSelector = context =>
                    context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
                        ? BearerTokenHandler.SchemeName
                        : CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.LoginPath = "/login";
                o.LogoutPath = "/account/logout";
                o.AccessDeniedPath = "/access-denied";
                o.Cookie.Name = "baton.auth";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Lax;
                o.ExpireTimeSpan = TimeSpan.FromHours(12);
                o.SlidingExpiration = true;
                // APIs answer 401/403 with problem details instead of redirecting to the sign-in page.
                o.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
                o.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
                o.Events.OnValidatePrincipal = EndSessionOfInactivePeople;
            })
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, null);

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.SignedIn, p => p.RequireAuthenticatedUser().RequireAssertion(c => !c.User.IsInRole(Roles.Integration)))
            .AddPolicy(Policies.Admin, p => p.RequireRole(nameof(Role.Admin)))
            .AddPolicy(Policies.Leader, p => p.RequireRole(Roles.Leaders.Select(r => r.ToString()).Append(nameof(Role.Admin))))
            .AddPolicy(Policies.PersonOrIntegration, p => p.RequireAuthenticatedUser())
            .AddPolicy(Policies.Integration, p => p.RequireRole(Roles.Integration, nameof(Role.Admin)))
            // Anything that forgot to say gets the strictest sensible default; a test still demands every endpoint says.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddCascadingAuthenticationState();
        return services;
    }

    /// <summary>A deactivated person's open browser sessions end at their next request, not when the cookie expires.</summary>
    private static async Task EndSessionOfInactivePeople(CookieValidatePrincipalContext context)
    {
        var personId = context.Principal is null ? null : Principals.PersonIdOf(context.Principal);
        var db = context.HttpContext.RequestServices.GetRequiredService<Data.BatonDb>();
        var active = personId is not null && await db.People.AsNoTracking().AnyAsync(p => p.Id == personId && p.Active, context.HttpContext.RequestAborted);
        if (!active)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static Task RedirectOrStatus(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        // Machines (API clients, metric scrapers) get a status code; people get the sign-in page.
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/metrics"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
