using System.Net;
using System.Net.Http.Json;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Pages;

/// <summary>The Audit and Settings pages prerender for the roles allowed to see them; other roles get 403.</summary>
public abstract class AuditAndSettingsPageTests(BatonApp app)
{
    [SkippableFact]
    public async Task Leaders_see_the_audit_page_agents_do_not()
    {
        var leader = await app.SignInAsync("teamlead");
        var html = await leader.GetStringAsync("/audit");
        Assert.Contains("data-testid=\"audit-table\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"audit-verify\"", html, StringComparison.Ordinal);
        Assert.Contains("UTC", html, StringComparison.Ordinal);

        // The page's policy guards its endpoint: the wrong role is refused before anything renders.
        var agent = await app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/audit")).StatusCode);
    }

    [SkippableFact]
    public async Task Admins_see_their_integration_tokens_on_the_settings_page_without_secrets()
    {
        var admin = await app.SignInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/settings/api-tokens", new { name = "crm-page-check" });
        created.EnsureSuccessStatusCode();
        var token = (await created.Content.ReadFromJsonAsync<CreatedToken>())!;

        var html = await admin.GetStringAsync("/settings");
        Assert.Contains("data-testid=\"tokens-table\"", html, StringComparison.Ordinal);
        Assert.Contains("crm-page-check", html, StringComparison.Ordinal);
        Assert.Contains(token.Prefix, html, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Token, html, StringComparison.Ordinal);

        var supervisor = await app.SignInAsync("supervisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.GetAsync("/settings")).StatusCode);
    }

    private sealed record CreatedToken(Guid Id, string Token, string Prefix);
}

public sealed class AuditAndSettingsPageTestsOnSqlite(SqliteApp app) : AuditAndSettingsPageTests(app), IClassFixture<SqliteApp>;

public sealed class AuditAndSettingsPageTestsOnPostgres(PostgresApp app) : AuditAndSettingsPageTests(app), IClassFixture<PostgresApp>;
