using System.Net;
using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Baton.Server.Tests.Expectations;

/// <summary>The Expectations page as the server prerenders it: the demo expectations for everyone, the add button for managers and admins.</summary>
public abstract partial class ExpectationsPageTests(BatonApp app)
{
    [SkippableFact]
    public async Task Everyone_sees_the_expectations_grouped_by_what_they_apply_to_but_only_managers_may_add()
    {
        var html = await PageAsync("agent");
        Assert.Contains("data-kind=\"Role\"", html, StringComparison.Ordinal);
        Assert.Contains("data-kind=\"Department\"", html, StringComparison.Ordinal);
        Assert.Contains("Finance accepts hand-offs within 30 business minutes, 90% of the time.", html, StringComparison.Ordinal);
        Assert.Contains("Agreed at the quarterly service review", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"add-expectation\"", html, StringComparison.Ordinal);

        var managerHtml = await PageAsync("manager");
        var add = AddButton().Match(managerHtml);
        Assert.True(add.Success);
        Assert.Contains("disabled", add.Value, StringComparison.Ordinal);
    }

    private async Task<string> PageAsync(string userName)
    {
        app.RequireDatabase();
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var antiforgery = AntiforgeryField().Match(await client.GetStringAsync("/login")).Groups[1].Value;
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = userName, ["password"] = BatonApp.Password, ["returnUrl"] = "/expectations", ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        var page = await client.GetAsync("/expectations");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        return await page.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<button[^>]*data-testid=\"add-expectation\"[^>]*>")]
    private static partial Regex AddButton();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

public sealed class ExpectationsPageTestsOnSqlite(SqliteApp app) : ExpectationsPageTests(app), IClassFixture<SqliteApp>;

public sealed class ExpectationsPageTestsOnPostgres(PostgresApp app) : ExpectationsPageTests(app), IClassFixture<PostgresApp>;
