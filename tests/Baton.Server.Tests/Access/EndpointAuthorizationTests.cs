using Baton.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Access;

/// <summary>Every endpoint and page must state who may use it: a policy, roles, or AllowAnonymous.</summary>
public sealed class EndpointAuthorizationTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    // Endpoints the framework maps itself (Blazor's circuit, the static-asset file fallback); the fallback policy covers them.
    private static readonly string[] FrameworkPrefixes = ["_blazor", "_framework", "{**path:file}"];

    [Fact]
    public void Every_endpoint_declares_an_authorization_rule()
    {
        _ = app.Server;
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        Assert.NotEmpty(endpoints);
        var missing = endpoints
            .Where(e => !FrameworkPrefixes.Any(p => (e.RoutePattern.RawText ?? "").TrimStart('/').StartsWith(p, StringComparison.Ordinal)))
            .Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && e.Metadata.GetMetadata<IAuthorizeData>() is null)
            .Select(e => $"{e.DisplayName} ({e.RoutePattern.RawText}) ")
            .ToList();
        Assert.True(missing.Count == 0, "Endpoints without an authorization rule:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void The_fallback_policy_covers_framework_endpoints()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<AuthorizationOptions>>().Value;
        Assert.NotNull(options.FallbackPolicy);
        Assert.Contains(options.FallbackPolicy!.Requirements, r => r is Microsoft.AspNetCore.Authorization.Infrastructure.DenyAnonymousAuthorizationRequirement);
    }
}
