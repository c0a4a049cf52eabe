using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Access;

public abstract partial class SignInTests(BatonApp app)
{
    [SkippableFact]
    public async Task Token_is_issued_for_the_right_password_and_refused_for_a_wrong_one()
    {
        var client = app.Anonymous();
        var ok = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "agent", password = BatonApp.Password });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        var body = await ok.Content.ReadFromJsonAsync<TokenBody>();
        Assert.StartsWith("bts_", body!.Token);
        Assert.Equal("agent", body.UserName);
        Assert.Contains("Agent", body.Roles);

        var wrong = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "agent", password = "nope" });
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal("application/problem+json", wrong.Content.Headers.ContentType?.MediaType);
    }

    [SkippableFact]
    public async Task Missing_password_is_a_validation_problem_naming_the_field()
    {
        var response = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "agent" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadAsStringAsync();
        Assert.Contains("Password", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("errors", problem);
    }

    [SkippableFact]
    public async Task Stored_tokens_are_hashes_not_the_token_itself()
    {
        var client = await app.SignInAsync("agent");
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var stored = await app.WithDbAsync(db => Task.FromResult(db.ApiTokens.Select(t => t.TokenHash).ToList()));
        Assert.DoesNotContain(token, stored);
        Assert.Contains(Baton.Server.Features.Access.ApiToken.HashOf(token), stored);
    }

    [SkippableFact]
    public async Task Anonymous_api_calls_get_401_and_pages_redirect_to_sign_in()
    {
        var client = app.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/v1/people")).StatusCode);
        var page = await client.GetAsync("/people");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/login", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Cookie_sign_in_through_the_form_shows_the_shell_with_the_persons_name()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        app.RequireDatabase();
        var loginPage = await client.GetStringAsync("/login");
        var antiforgery = AntiforgeryField().Match(loginPage).Groups[1].Value;
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "agent", ["password"] = BatonApp.Password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        var home = await client.GetStringAsync("/");
        Assert.Contains("Alex Rivera", home);

        var stranger = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var strangerToken = AntiforgeryField().Match(await stranger.GetStringAsync("/login")).Groups[1].Value;
        var failed = await stranger.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "agent", ["password"] = "wrong", ["__RequestVerificationToken"] = strangerToken,
        }));
        Assert.Equal(HttpStatusCode.Redirect, failed.StatusCode);
        Assert.Contains("failed=1", failed.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_deactivated_persons_browser_session_ends_at_the_next_request()
    {
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        app.RequireDatabase();
        var antiforgery = AntiforgeryField().Match(await client.GetStringAsync("/login")).Groups[1].Value;
        await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["userName"] = "skyler", ["password"] = BatonApp.Password, ["returnUrl"] = "/", ["__RequestVerificationToken"] = antiforgery,
        }));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        var admin = await app.SignInAsync("admin");
        var skyler = (await admin.GetFromJsonAsync<List<PersonRow>>("/api/v1/people"))!.Single(p => p.UserName == "skyler");
        (await admin.PostAsync($"/api/v1/people/{skyler.Id}/deactivate", null)).EnsureSuccessStatusCode();

        var after = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/login", after.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        (await admin.PostAsync($"/api/v1/people/{skyler.Id}/reactivate", null)).EnsureSuccessStatusCode();
    }

    [SkippableFact]
    public async Task A_wrong_role_gets_403()
    {
        var agent = await app.SignInAsync("agent");
        var response = await agent.GetAsync("/api/v1/settings/api-tokens");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [SkippableFact]
    public async Task Integration_tokens_are_shown_once_work_and_stop_working_when_revoked()
    {
        var admin = await app.SignInAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/settings/api-tokens", new { name = "telephony" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await created.Content.ReadFromJsonAsync<CreatedToken>())!;

        var listed = await admin.GetStringAsync("/api/v1/settings/api-tokens");
        Assert.Contains(token.Prefix, listed);
        Assert.DoesNotContain(token.Token, listed);

        var integration = app.Anonymous();
        integration.DefaultRequestHeaders.Authorization = new("Bearer", token.Token);
        var me = await integration.GetFromJsonAsync<MeBody>("/api/v1/auth/me");
        Assert.Contains("Integration", me!.Roles);
        // An integration is not a person: person-facing APIs refuse it.
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.GetAsync("/api/v1/people")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/settings/api-tokens/{token.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await integration.GetAsync("/api/v1/auth/me")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/settings/api-tokens/{token.Id}")).StatusCode);
    }

    [SkippableFact]
    public async Task Health_reports_the_database()
    {
        var response = await app.Anonymous().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [SkippableFact]
    public async Task OpenApi_document_and_Scalar_reference_are_served()
    {
        var client = app.Anonymous();
        var doc = await client.GetStringAsync("/openapi/v1.json");
        Assert.Contains("\"/api/v1/auth/token\"", doc);
        Assert.Contains("IssueToken", doc);
        var scalar = await client.GetAsync("/scalar/");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
    }

    private sealed record TokenBody(string Token, string UserName, List<string> Roles);

    private sealed record CreatedToken(Guid Id, string Token, string Prefix);

    private sealed record MeBody(List<string> Roles);

    private sealed record PersonRow(Guid Id, string UserName);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

public sealed class SignInTestsOnSqlite(SqliteApp app) : SignInTests(app), IClassFixture<SqliteApp>;

public sealed class SignInTestsOnPostgres(PostgresApp app) : SignInTests(app), IClassFixture<PostgresApp>;
