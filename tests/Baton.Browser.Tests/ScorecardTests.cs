using System.Globalization;
using System.Text.Json;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ScorecardTests(BrowserApp app)
{
    [SkippableFact]
    public async Task The_agent_opens_their_scorecard_and_drills_into_the_broken_promises_behind_the_kept_rate()
    {
        var page = await app.SignInAsync("agent");
        // The demo's broken promises belong to others, so the agent breaks one of their own first.
        var what = $"Send the warranty form {Guid.NewGuid().ToString("N")[..8]}";
        var api = page.Context.APIRequest;
        var departments = JsonSerializer.Deserialize<JsonElement>(await (await api.GetAsync("/api/v1/departments")).TextAsync());
        var finance = departments.EnumerateArray().First(d => d.GetProperty("name").GetString() == "Finance").GetProperty("id").GetGuid();
        var created = await api.PostAsync("/api/v1/commitments", new()
        {
            DataObject = new { kind = "FollowUp", promisee = new { departmentId = finance }, due = DateTime.UtcNow.AddHours(2), what },
        });
        Assert.True(created.Ok, await created.TextAsync());
        var id = JsonSerializer.Deserialize<JsonElement>(await created.TextAsync()).GetProperty("id").GetGuid();
        var closed = await api.PostAsync($"/api/v1/commitments/{id}/close", new() { DataObject = new { outcome = "Broken", reason = "The form was not ready" } });
        Assert.True(closed.Ok, await closed.TextAsync());

        // A period holding the demo's kept callback (two days ago) and the promise just broken, whatever today's date.
        var from = DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await page.OpenAsync($"/scorecard?from={from}&to={to}");
        await Expect(page.GetByTestId("scorecard-title")).ToHaveTextAsync("My scorecard");
        var kept = page.GetByTestId("figure-keptRate");
        await Expect(kept.GetByTestId("figure-value")).Not.ToHaveTextAsync("no data");
        await Expect(page.GetByTestId("trend")).ToBeVisibleAsync();

        await kept.GetByTestId("figure-open").ClickAsync();

        var drilldown = page.GetByTestId("drilldown");
        await Expect(drilldown).ToBeVisibleAsync();
        var broken = drilldown.GetByTestId("drilldown-item").Filter(new() { HasText = what });
        await Expect(broken).ToBeVisibleAsync();
        await Expect(broken).ToContainTextAsync("Broken");
        await Expect(broken.GetByTestId("drilldown-link")).ToHaveAttributeAsync("href", $"commitments/{id:D}");
        await Expect(drilldown.GetByTestId("drilldown-item-counted").Filter(new() { HasText = "Call back with the refund reference for order 1042" })).ToBeVisibleAsync();
    }

    [SkippableFact]
    public async Task Someone_else_cannot_open_the_agents_personal_scorecard_but_the_team_scorecard_is_open_to_all()
    {
        var agent = await app.SignInAsync("agent");
        var me = JsonSerializer.Deserialize<JsonElement>(await (await agent.Context.APIRequest.GetAsync("/api/v1/people")).TextAsync())
            .EnumerateArray().First(p => p.GetProperty("userName").GetString() == "agent");
        var teamId = me.GetProperty("teamId").GetGuid();

        var jordan = await app.SignInAsync("jordan");
        await jordan.OpenAsync($"/scorecards/people/{me.GetProperty("id").GetGuid():D}");
        await Expect(jordan.GetByTestId("scorecard-error")).ToBeVisibleAsync();
        await Expect(jordan.GetByTestId("figure-keptRate")).ToHaveCountAsync(0);

        await jordan.OpenAsync($"/scorecards/teams/{teamId:D}");
        await Expect(jordan.GetByTestId("scorecard-title")).ToHaveTextAsync("Team scorecard · Support Blue");
        await Expect(jordan.GetByTestId("figure-slaMet")).ToBeVisibleAsync();
    }
}
