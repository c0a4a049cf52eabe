using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Baton.Server.Tests.Telephony;

/// <summary>The Desk's screen pop and the Board's misrouting panel as the server prerenders them.</summary>
public abstract partial class TelephonyPagesTests(BatonApp app)
{
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;

    [SkippableFact]
    public async Task The_desk_pops_up_the_live_call_with_the_customers_open_commitments()
    {
        var pbx = await TelephonyClient.CreateAsync(app);
        var queue = $"pop-{Guid.NewGuid().ToString("N")[..6]}";
        await TelephonyClient.DefineQueueAsync(app, queue, "Support");
        var jordan = await app.SignInAsync("jordan");
        Assert.DoesNotContain("data-testid=\"screen-pop\"", await PageAsync("jordan", "/desk"), StringComparison.Ordinal);

        var created = await jordan.PostAsJsonAsync("/api/v1/customers", new { name = "Robin Screenpop", phone = "+44 20 7946 0958" });
        var customerId = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetGuid();
        (await jordan.PostAsJsonAsync("/api/v1/commitments",
            new { kind = "FollowUp", promisee = new { customerId }, due = Now.AddHours(2), what = "Send the replacement headset" })).EnsureSuccessStatusCode();
        var callId = $"pop-{Guid.NewGuid():N}";
        await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, Now.AddSeconds(-20), caller: "00442079460958", queue: queue, menuOption: "3"));
        await pbx.SendAsync(TelephonyClient.Body("call.answered", callId, Now, caller: "00442079460958", queue: queue, agent: "jordan"));

        var html = await PageAsync("jordan", "/desk");
        Assert.Contains("data-testid=\"screen-pop\"", html, StringComparison.Ordinal);
        Assert.Contains("Robin Screenpop", html, StringComparison.Ordinal);
        Assert.Contains("Send the replacement headset", html, StringComparison.Ordinal);
        Assert.Contains("waited 20 s", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"screen-pop\"", await PageAsync("agent", "/desk"), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_board_shows_calls_transferred_away_from_the_department_their_menu_option_meant()
    {
        var pbx = await TelephonyClient.CreateAsync(app);
        var queue = $"menu-{Guid.NewGuid().ToString("N")[..6]}";
        var returns = $"ret-{Guid.NewGuid().ToString("N")[..6]}";
        await TelephonyClient.DefineQueueAsync(app, queue, "Support", ("7", "Finance"));
        await TelephonyClient.DefineQueueAsync(app, returns, "Returns");
        var callId = $"mis-{Guid.NewGuid():N}";
        await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, Now, queue: queue, menuOption: "7"));
        await pbx.SendAsync(TelephonyClient.Body("call.transferred", callId, Now.AddSeconds(30), queue: queue, targetQueue: returns));

        var html = await PageAsync("teamlead", "/board");
        var row = Row().Matches(html).Single(m => m.Value.Contains($"data-queue=\"{queue}\"", StringComparison.Ordinal)).Value;
        Assert.Contains("7 · For Finance", row, StringComparison.Ordinal);
        Assert.Contains(returns, row, StringComparison.Ordinal);
        Assert.Contains("<b>1</b> (100%)", row, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_calls_page_lists_each_call_with_its_outcome_and_callback()
    {
        var pbx = await TelephonyClient.CreateAsync(app);
        var queue = $"list-{Guid.NewGuid().ToString("N")[..6]}";
        await TelephonyClient.DefineQueueAsync(app, queue, "Support");
        var callId = $"list-{Guid.NewGuid():N}";
        await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, Now.AddSeconds(-3), caller: "+12025550111", queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.failed", callId, Now, caller: "+12025550111", queue: queue, code: "480"));

        var html = await PageAsync("agent", "/interactions");
        var row = CallRow().Matches(html).Single(m => m.Value.Contains($"data-call-id=\"{callId}\"", StringComparison.Ordinal)).Value;
        Assert.Contains("Failed (480)", row, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"call-callback\"", row, StringComparison.Ordinal);
        Assert.Contains("3 s", row, StringComparison.Ordinal);
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

    [GeneratedRegex("<tr data-testid=\"misrouting-row\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex Row();

    [GeneratedRegex("<tr data-testid=\"call-row\".*?</tr>", RegexOptions.Singleline)]
    private static partial Regex CallRow();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}

public sealed class TelephonyPagesTestsOnSqlite(SqliteApp app) : TelephonyPagesTests(app), IClassFixture<SqliteApp>;

public sealed class TelephonyPagesTestsOnPostgres(PostgresApp app) : TelephonyPagesTests(app), IClassFixture<PostgresApp>;
