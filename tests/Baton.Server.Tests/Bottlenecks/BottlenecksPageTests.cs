using System.Net;
using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Bottlenecks;

/// <summary>The bottlenecks page as the server first renders it: the heat overlay, the node table and the slowest cases.</summary>
public abstract partial class BottlenecksPageTests(BatonApp app)
{
    [SkippableFact]
    public async Task The_page_draws_the_overlay_lists_the_nodes_and_the_slowest_cases_of_the_chosen_node()
    {
        var key = await BottleneckWorkflow.PublishAsync(app);
        var agent = await app.SignInAsync("agent");
        var slow = await BottleneckWorkflow.StartAsync(agent, key, "Slow");
        var quick = await BottleneckWorkflow.StartAsync(agent, key, "Quick");
        app.Time.Advance(TimeSpan.FromMinutes(4));
        await BottleneckWorkflow.PressAsync(agent, quick, "fixed");
        app.Time.Advance(TimeSpan.FromMinutes(8));
        await BottleneckWorkflow.PressAsync(agent, slow, "gave_up");
        var manager = await app.SignInAsync("manager");

        var html = await manager.GetStringAsync($"/workflows/{key}/bottlenecks?node=ask");

        Assert.Contains("data-testid=\"bottleneck-chart\"", html);
        Assert.Contains("bf-node bf-step overlaid", html);
        Assert.Contains("p50 8m · p90 12m", html);
        Assert.Contains("class=\"bf-legend\"", html);
        Assert.Contains("no pass finished in the period", html);
        Assert.Equal(5, Regex.Count(html, "data-testid=\"bottleneck-row\""));
        Assert.Contains($"href=\"workflows/{key}/bottlenecks?node=ask#slow-cases\"", html);
        var order = SlowCaseIds().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([slow, quick], order);
        Assert.Contains($"href=\"cases/{slow:D}\"", html);
        Assert.Contains("data-testid=\"bottlenecks-period\"", html);
        Assert.DoesNotContain("data-testid=\"bottlenecks-empty\"", html);
    }

    [SkippableFact]
    public async Task A_workflow_without_cases_shows_the_empty_state_and_agents_may_not_open_the_page()
    {
        var key = await BottleneckWorkflow.PublishAsync(app);
        var manager = await app.SignInAsync("manager");

        var html = await manager.GetStringAsync($"/workflows/{key}/bottlenecks?days=7");

        Assert.Contains("data-testid=\"bottlenecks-empty\"", html);
        Assert.Contains("data-testid=\"bottleneck-chart\"", html);
        var agentPage = await (await app.SignInAsync("agent")).GetAsync($"/workflows/{key}/bottlenecks");
        Assert.Equal(HttpStatusCode.Forbidden, agentPage.StatusCode);
        var detail = await manager.GetStringAsync($"/workflows/{key}");
        Assert.Contains("data-testid=\"bottlenecks-link\"", detail);
        Assert.DoesNotContain("data-testid=\"bottlenecks-link\"", await (await app.SignInAsync("agent")).GetStringAsync($"/workflows/{key}"));
        Assert.Contains("data-testid=\"bottlenecks-error\"", await manager.GetStringAsync($"/workflows/{key}/bottlenecks?from=2026-03-05&to=2026-03-01"));
    }

    [GeneratedRegex("data-testid=\"slow-case\" data-case-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex SlowCaseIds();
}

public sealed class BottlenecksPageTestsOnSqlite(SqliteApp app) : BottlenecksPageTests(app), IClassFixture<SqliteApp>;

public sealed class BottlenecksPageTestsOnPostgres(PostgresApp app) : BottlenecksPageTests(app), IClassFixture<PostgresApp>;
