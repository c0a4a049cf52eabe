using System.Net;
using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Baton.Server.Tests.Discretion;

/// <summary>The Grants and Schedule preferences pages as the server prerenders them, for an agent and for leaders.</summary>
public abstract partial class AutonomyPagesTests(BatonApp app)
{
    [SkippableFact]
    public async Task The_Grants_page_shows_the_policies_to_everyone_and_lets_only_managers_change_them()
    {
        var agentHtml = await PageAsync("agent", "/grants");
        Assert.Contains("data-testid=\"policies\"", agentHtml, StringComparison.Ordinal);
        Assert.Contains("Goodwill credit", agentHtml, StringComparison.Ordinal);
        Assert.Contains("25.00 USD", agentHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-policy\"", agentHtml, StringComparison.Ordinal);
        // An agent sees only their own grants: no person or team filter.
        Assert.DoesNotContain("data-testid=\"filter-person\"", agentHtml, StringComparison.Ordinal);

        var managerHtml = await PageAsync("manager", "/grants");
        Assert.Contains("data-testid=\"add-policy\"", managerHtml, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"filter-person\"", managerHtml, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_Schedule_preferences_page_shows_a_lead_their_teams_wishes_beside_the_roster()
    {
        var agentHtml = await PageAsync("agent", "/schedule-preferences");
        Assert.Contains("data-testid=\"my-preferences\"", agentHtml, StringComparison.Ordinal);
        Assert.Contains("Monday 07:00", agentHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"team-preferences\"", agentHtml, StringComparison.Ordinal);

        var leadHtml = await PageAsync("teamlead", "/schedule-preferences");
        Assert.Contains("data-testid=\"team-preferences\"", leadHtml, StringComparison.Ordinal);
        Assert.Contains("Training course", leadHtml, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"roster-shift\"", leadHtml, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string userName, string path)
    {
        app.RequireDatabase();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var antiforgery = AntiforgeryField().Match(await client.GetStringAsync("/login")).Groups[1].Value;
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = BatonApp.Password, ["returnUrl"] = path, ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var page = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

public sealed class AutonomyPagesTestsOnSqlite(SqliteApp app) : AutonomyPagesTests(app), IClassFixture<SqliteApp>;

public sealed class AutonomyPagesTestsOnPostgres(PostgresApp app) : AutonomyPagesTests(app), IClassFixture<PostgresApp>;
