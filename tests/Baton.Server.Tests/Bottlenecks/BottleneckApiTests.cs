using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core;
using Baton.Server.Tests.Cases;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Bottlenecks;

/// <summary>Bottleneck reports over cases run through the case API, with the clock moved between steps.</summary>
public abstract class BottleneckApiTests(BatonApp app)
{
    private static readonly string[] Readers = ["manager", "teamlead", "qualityanalyst", "admin"];

    private static JsonElement Node(JsonElement report, string id) =>
        Assert.Single(report.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("nodeId").GetString() == id);

    private static double? Seconds(JsonElement node, string property) =>
        node.GetProperty(property).ValueKind == JsonValueKind.Null ? null : node.GetProperty(property).GetDouble();

    private static int Exits(JsonElement node, string kind) => node.GetProperty("exits").GetProperty(kind).GetInt32();

    private void Wait(double minutes) => app.Time.Advance(TimeSpan.FromMinutes(minutes));

    /// <summary>
    /// Five cases start together at "ask". A is fixed after 10 min, B gives up after 20, C is cancelled after 30, D asks for
    /// a callback after 40, waits 60 for the customer, then is fixed 5 min later; E is still at "ask" and changes owner.
    /// </summary>
    private async Task<(string Key, Dictionary<char, Guid> Cases)> RunFiveCasesAsync()
    {
        var key = await BottleneckWorkflow.PublishAsync(app);
        var agent = await app.SignInAsync("agent");
        var cases = new Dictionary<char, Guid>();
        foreach (var name in "ABCDE")
        {
            cases[name] = await BottleneckWorkflow.StartAsync(agent, key, $"Customer {name}");
        }
        Wait(10);
        await BottleneckWorkflow.PressAsync(agent, cases['A'], "fixed");
        Wait(10);
        await BottleneckWorkflow.PressAsync(agent, cases['B'], "gave_up");
        Wait(10);
        await BottleneckWorkflow.PressAsync(agent, cases['C'], "cancel");
        Wait(10);
        await BottleneckWorkflow.PressAsync(agent, cases['D'], "callback");
        Wait(60);
        await CaseClient.EventAsync(agent, cases['D'], BottleneckWorkflow.ReadyEvent);
        Wait(5);
        await BottleneckWorkflow.PressAsync(agent, cases['D'], "fixed");
        var jordan = await app.WithDbAsync(db => db.People.Where(p => p.UserName == "jordan").Select(p => p.Id).SingleAsync());
        var moved = await agent.PostAsJsonAsync($"/api/v1/cases/{cases['E']}/transfer", new { toId = jordan, reason = "Reassigned" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Wait(15);
        return (key, cases);
    }

    [SkippableFact]
    public async Task Each_node_has_its_time_in_node_percentiles_exits_waiting_cases_transfers_and_heat()
    {
        var (key, _) = await RunFiveCasesAsync();
        var manager = await app.SignInAsync("manager");

        var report = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks");

        Assert.Equal(["ask", "pause", "done", "stop", "drop"], report.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("nodeId").GetString()));
        Assert.Equal(5, report.GetProperty("cases").GetInt32());
        Assert.Equal(1, report.GetProperty("chartVersion").GetInt32());
        Assert.Equal(JsonValueKind.Null, report.GetProperty("version").ValueKind);
        Assert.Equal(3600, report.GetProperty("slowestP90Seconds").GetDouble());
        var now = Instants.FromTimeProvider(app.Time);
        Assert.Equal(now, report.GetProperty("asOf").GetDateTime());
        Assert.Equal(now.Date.AddDays(1), report.GetProperty("to").GetDateTime());
        Assert.Equal(now.Date.AddDays(-29), report.GetProperty("from").GetDateTime());

        // Passes at "ask": 10, 20, 30, 40 and 5 minutes (D went round twice); E is still there after 2 hours.
        var ask = Node(report, "ask");
        Assert.Equal((5, 4), (ask.GetProperty("visits").GetInt32(), ask.GetProperty("cases").GetInt32()));
        Assert.Equal((1200.0, 2400.0), (Seconds(ask, "p50Seconds")!.Value, Seconds(ask, "p90Seconds")!.Value));
        Assert.Equal((1, 7200.0), (ask.GetProperty("waiting").GetInt32(), Seconds(ask, "longestWaitingSeconds")!.Value));
        Assert.Equal(1, ask.GetProperty("transfersOut").GetInt32());
        Assert.Equal(2400.0 / 3600, ask.GetProperty("heat").GetDouble(), 6);
        Assert.Equal(["p50 20m · p90 40m", "5 visits · 1 waiting"], ask.GetProperty("label").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("#fdae6b", ask.GetProperty("color").GetString());
        Assert.True(ask.GetProperty("inChart").GetBoolean());

        var pause = Node(report, "pause");
        Assert.Equal((1, 3600.0, 3600.0, 1.0), (pause.GetProperty("visits").GetInt32(), Seconds(pause, "p50Seconds")!.Value,
            Seconds(pause, "p90Seconds")!.Value, pause.GetProperty("heat").GetDouble()));
        Assert.Equal((2, 2, 0, 0), (Exits(Node(report, "done"), "total"), Exits(Node(report, "done"), "completed"),
            Exits(Node(report, "done"), "cancelled"), Exits(Node(report, "done"), "abandoned")));
        Assert.Equal((1, 1), (Exits(Node(report, "stop"), "total"), Exits(Node(report, "stop"), "abandoned")));
        Assert.Equal((1, 1), (Exits(Node(report, "drop"), "total"), Exits(Node(report, "drop"), "cancelled")));
        Assert.Equal(0, Exits(ask, "total"));
        Assert.Equal(0.0, Node(report, "done").GetProperty("heat").GetDouble());
    }

    [SkippableFact]
    public async Task The_drill_down_lists_the_slowest_cases_at_a_node_first_with_owner_and_link()
    {
        var (key, cases) = await RunFiveCasesAsync();
        var lead = await app.SignInAsync("teamlead");

        var top = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks/ask/cases?slowest=3");

        var rows = top.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal([cases['E'], cases['D'], cases['C']], rows.Select(r => r.GetProperty("caseId").GetGuid()));
        Assert.Equal([7200.0, 2700.0, 1800.0], rows.Select(r => r.GetProperty("timeInNodeSeconds").GetDouble()));
        Assert.Equal([true, false, false], rows.Select(r => r.GetProperty("waiting").GetBoolean()));
        Assert.Equal([1, 2, 1], rows.Select(r => r.GetProperty("passes").GetInt32()));
        Assert.Equal("Jordan Kim", rows[0].GetProperty("owner").GetProperty("name").GetString());
        Assert.Equal("Alex Rivera", rows[1].GetProperty("owner").GetProperty("name").GetString());
        Assert.StartsWith("Customer D", rows[1].GetProperty("customer").GetProperty("name").GetString());
        Assert.Equal($"/cases/{cases['D']:D}", rows[1].GetProperty("link").GetString());
        Assert.Equal("Completed", rows[1].GetProperty("status").GetString());
        Assert.Equal("Ask what happened", top.GetProperty("nodeTitle").GetString());

        var all = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks/ask/cases");
        Assert.Equal([cases['E'], cases['D'], cases['C'], cases['B'], cases['A']], all.GetProperty("cases").EnumerateArray().Select(r => r.GetProperty("caseId").GetGuid()));
        var pause = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks/pause/cases");
        Assert.Equal([cases['D']], pause.GetProperty("cases").EnumerateArray().Select(r => r.GetProperty("caseId").GetGuid()));
    }

    [SkippableFact]
    public async Task A_migrated_case_counts_its_earlier_visits_for_the_version_it_made_them_on()
    {
        var key = await BottleneckWorkflow.PublishAsync(app, version: 1, withIntro: true);
        var agent = await app.SignInAsync("agent");
        var id = await BottleneckWorkflow.StartAsync(agent, key, "Migrating");
        Wait(5);
        await CaseClient.AdvanceAsync(agent, id, new { });
        Wait(10);
        await BottleneckWorkflow.PressAsync(agent, id, "callback");
        await BottleneckWorkflow.PublishAsync(app, version: 2, key: key);
        var migrated = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/migrate", new { toVersion = 2 });
        Assert.Equal(HttpStatusCode.OK, migrated.StatusCode);
        Wait(30);
        await CaseClient.EventAsync(agent, id, BottleneckWorkflow.ReadyEvent);
        Wait(7);
        await BottleneckWorkflow.PressAsync(agent, id, "fixed");
        var manager = await app.SignInAsync("manager");

        var v1 = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks?version=1");
        var v2 = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks?version=2");
        var all = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks");

        Assert.Equal((1, 1), (v1.GetProperty("version").GetInt32(), v1.GetProperty("chartVersion").GetInt32()));
        Assert.Equal(300.0, Seconds(Node(v1, "intro"), "p90Seconds"));
        Assert.Equal(600.0, Seconds(Node(v1, "ask"), "p90Seconds"));
        Assert.Equal(1800.0, Seconds(Node(v1, "pause"), "p90Seconds")); // entered on v1, left after the migration
        Assert.Equal(0, Exits(Node(v1, "done"), "total"));
        Assert.DoesNotContain(v2.GetProperty("nodes").EnumerateArray(), n => n.GetProperty("nodeId").GetString() == "intro");
        Assert.Equal((1, 420.0), (Node(v2, "ask").GetProperty("visits").GetInt32(), Seconds(Node(v2, "ask"), "p90Seconds")!.Value));
        Assert.Equal(0, Node(v2, "pause").GetProperty("visits").GetInt32());
        Assert.Equal(1, Exits(Node(v2, "done"), "completed"));

        Assert.Equal(2, all.GetProperty("chartVersion").GetInt32());
        Assert.Equal(2, Node(all, "ask").GetProperty("visits").GetInt32());
        var intro = Node(all, "intro");
        Assert.False(intro.GetProperty("inChart").GetBoolean());
        Assert.Equal("Greet the customer", intro.GetProperty("title").GetString());
        Assert.Equal("intro", all.GetProperty("nodes").EnumerateArray().Last().GetProperty("nodeId").GetString());

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/workflows/{key}/bottlenecks/intro/cases?version=2")).StatusCode);
        var introCases = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks/intro/cases");
        Assert.Equal([id], introCases.GetProperty("cases").EnumerateArray().Select(r => r.GetProperty("caseId").GetGuid()));
    }

    [SkippableFact]
    public async Task A_workflow_no_case_ran_has_every_node_empty_and_a_period_before_the_cases_sees_none()
    {
        var key = await BottleneckWorkflow.PublishAsync(app);
        var manager = await app.SignInAsync("manager");

        var empty = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks");

        Assert.Equal(0, empty.GetProperty("cases").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.GetProperty("slowestP90Seconds").ValueKind);
        Assert.All(empty.GetProperty("nodes").EnumerateArray(), n =>
        {
            Assert.Equal(0, n.GetProperty("visits").GetInt32());
            Assert.Equal(JsonValueKind.Null, n.GetProperty("p90Seconds").ValueKind);
            Assert.Equal(JsonValueKind.Null, n.GetProperty("heat").ValueKind);
            Assert.Equal("#eceff1", n.GetProperty("color").GetString());
        });
        Assert.Empty((await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks/ask/cases")).GetProperty("cases").EnumerateArray());

        var agent = await app.SignInAsync("agent");
        var id = await BottleneckWorkflow.StartAsync(agent, key, "Later");
        Wait(3);
        await BottleneckWorkflow.PressAsync(agent, id, "fixed");
        var before = Instants.FromTimeProvider(app.Time).AddDays(-60).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var after = Instants.FromTimeProvider(app.Time).AddDays(-31).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var past = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks?from={before}&to={after}");
        Assert.Equal(0, past.GetProperty("cases").GetInt32());
        var current = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks");
        Assert.Equal(180.0, Seconds(Node(current, "ask"), "p50Seconds"));
    }

    [SkippableFact]
    public async Task The_chart_draws_the_heat_overlay_as_svg()
    {
        var (key, _) = await RunFiveCasesAsync();
        var manager = await app.SignInAsync("manager");

        var response = await manager.GetAsync($"/api/v1/workflows/{key}/bottlenecks/chart.svg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = await response.Content.ReadAsStringAsync();
        Assert.Contains("p50 20m · p90 40m", svg);
        Assert.Contains("class=\"bf-legend\"", svg);
        Assert.Contains("fill:#f4874b", svg); // the wait, the slowest node
        var report = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/workflows/{key}/bottlenecks");
        Assert.Equal($"/api/v1/workflows/{key}/bottlenecks/chart.svg", report.GetProperty("chartUrl").GetString()!.Split('?')[0]);
    }

    [SkippableFact]
    public async Task Agents_may_not_read_bottlenecks_and_bad_requests_name_the_field()
    {
        var key = await BottleneckWorkflow.PublishAsync(app);
        var agent = await app.SignInAsync("agent");
        foreach (var path in new[] { "", "/chart.svg", "/ask/cases" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync($"/api/v1/workflows/{key}/bottlenecks{path}")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/api/v1/workflows/{key}/bottlenecks")).StatusCode);
        foreach (var reader in Readers)
        {
            var client = await app.SignInAsync(reader);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/v1/workflows/{key}/bottlenecks")).StatusCode);
        }

        var manager = await app.SignInAsync("manager");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/v1/workflows/no-such-workflow/bottlenecks")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync($"/api/v1/workflows/{key}/bottlenecks/no_such_node/cases")).StatusCode);
        await RefusedAsync(await manager.GetAsync($"/api/v1/workflows/{key}/bottlenecks?version=9"), "version");
        await RefusedAsync(await manager.GetAsync($"/api/v1/workflows/{key}/bottlenecks?from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z"), "to");
        await RefusedAsync(await manager.GetAsync($"/api/v1/workflows/{key}/bottlenecks/ask/cases?slowest=0"), "slowest");
        await RefusedAsync(await manager.GetAsync($"/api/v1/workflows/{key}/bottlenecks/ask/cases?slowest=201"), "slowest");
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on '{field}': {problem}");
    }
}

public sealed class BottleneckApiTestsOnSqlite(SqliteApp app) : BottleneckApiTests(app), IClassFixture<SqliteApp>;

public sealed class BottleneckApiTestsOnPostgres(PostgresApp app) : BottleneckApiTests(app), IClassFixture<PostgresApp>;
