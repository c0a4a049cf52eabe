using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Scorecards;

public abstract class ScorecardApiTests(BatonApp app)
{
    // The test clock starts on 2 March 2026; this period holds everything the tests close.
    private const string March = "from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z";

    private readonly CommitmentLedger _ledger = new(app);

    [SkippableFact]
    public async Task A_personal_scorecard_counts_kept_late_and_broken_promises_and_drills_down_to_the_broken_one()
    {
        var agent = await app.SignInAsync("agent");
        var agentId = await _ledger.PersonAsync("agent");
        var onTime = Id(await _ledger.PromiseAsync(agent, dueIn: TimeSpan.FromHours(1), what: "Kept on time"));
        var late = Id(await _ledger.PromiseAsync(agent, dueIn: TimeSpan.FromHours(1), what: "Kept late"));
        var broken = Id(await _ledger.PromiseAsync(agent, dueIn: TimeSpan.FromHours(1), what: "Broken promise"));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{onTime}/close", new { outcome = "Kept" }));
        app.Time.Advance(TimeSpan.FromHours(2));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{late}/close", new { outcome = "Kept" }));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{broken}/close", new { outcome = "Broken", reason = "The system was down" }));

        var card = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?{March}"));

        Assert.Equal("Person", card.GetProperty("scope").GetString());
        Assert.Equal("Alex Rivera", card.GetProperty("name").GetString());
        var kept = Figure(card, "keptRate");
        Assert.Equal((2.0, 3), (kept.GetProperty("numerator").GetDouble(), kept.GetProperty("denominator").GetInt32()));
        Assert.Equal(2.0 / 3, kept.GetProperty("value").GetDouble(), 6);
        var onTimeRate = Figure(card, "onTimeRate");
        Assert.Equal((1.0, 2), (onTimeRate.GetProperty("numerator").GetDouble(), onTimeRate.GetProperty("denominator").GetInt32()));
        Assert.Equal(0.5, onTimeRate.GetProperty("value").GetDouble(), 6);
        var sla = Figure(card, "slaMet");
        Assert.Equal((1.0, 3), (sla.GetProperty("numerator").GetDouble(), sla.GetProperty("denominator").GetInt32()));
        Assert.Equal(JsonValueKind.Null, Figure(card, "handoffAcceptance").GetProperty("value").ValueKind);
        Assert.Equal(JsonValueKind.Null, Figure(card, "escalationResponse").GetProperty("value").ValueKind);
        Assert.Equal(30.0, card.GetProperty("acceptanceSlaMinutes").GetDouble());

        var brokenItems = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=keptRate&part=broken&{March}"));
        var item = Assert.Single(brokenItems.EnumerateArray());
        Assert.Equal(broken, item.GetProperty("id").GetGuid());
        Assert.Equal("Broken", item.GetProperty("outcome").GetString());
        Assert.Equal("Broken promise", item.GetProperty("what").GetString());
        Assert.Equal("Alex Rivera", item.GetProperty("ownerName").GetString());
        var keptItems = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=keptRate&part=kept&{March}"));
        Assert.Equal(new[] { onTime, late }.Order(), keptItems.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());
        var all = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=keptRate&part=all&{March}"));
        Assert.Equal(new[] { onTime, late, broken }.Order(), all.EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());
        await RefusedAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=rank&{March}"), HttpStatusCode.BadRequest, "figure");

        // The team's scorecard holds the agent's promises too, and anyone signed in may read it.
        var jordan = await app.SignInAsync("jordan");
        var teamId = (await jordan.GetFromJsonAsync<List<JsonElement>>("/api/v1/teams"))!
            .Single(t => t.GetProperty("name").GetString() == "Support Blue").GetProperty("id").GetGuid();
        var team = await OkAsync(await jordan.GetAsync($"/api/v1/scorecards/teams/{teamId}?{March}"));
        Assert.Equal("Support Blue", team.GetProperty("name").GetString());
        Assert.Equal(3, Figure(team, "keptRate").GetProperty("denominator").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await jordan.GetAsync($"/api/v1/scorecards/teams/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task A_personal_scorecard_is_for_the_person_their_leads_and_admins_only()
    {
        var agentId = await _ledger.PersonAsync("agent");
        var path = $"/api/v1/scorecards/people/{agentId}";

        await RefusedAsync(await (await app.SignInAsync("jordan")).GetAsync(path), HttpStatusCode.Forbidden);
        await RefusedAsync(await (await app.SignInAsync("jordan")).GetAsync($"{path}/items?figure=keptRate"), HttpStatusCode.Forbidden);
        await OkAsync(await (await app.SignInAsync("agent")).GetAsync(path));
        await OkAsync(await (await app.SignInAsync("teamlead")).GetAsync(path));
        await OkAsync(await (await app.SignInAsync("teamlead")).GetAsync($"{path}/items?figure=slaMet&part=all"));
        await OkAsync(await (await app.SignInAsync("admin")).GetAsync(path));
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("admin")).GetAsync($"/api/v1/scorecards/people/{Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync(path)).StatusCode);

        // Team, department and leadership scorecards: everyone signed in.
        var agent = await app.SignInAsync("agent");
        var finance = await _ledger.DepartmentAsync("Finance");
        Assert.Equal("Department", (await OkAsync(await agent.GetAsync($"/api/v1/scorecards/departments/{finance}"))).GetProperty("scope").GetString());
        var leadership = await OkAsync(await agent.GetAsync("/api/v1/scorecards/leadership"));
        Assert.Equal("Leadership", leadership.GetProperty("scope").GetString());
        // By default: this calendar month.
        Assert.Equal("2026-03-01T00:00:00Z", leadership.GetProperty("from").GetString());
        Assert.Equal("2026-04-01T00:00:00Z", leadership.GetProperty("to").GetString());
    }

    [SkippableFact]
    public async Task An_empty_period_has_no_data_rather_than_zero()
    {
        var agent = await app.SignInAsync("agent");
        var agentId = await _ledger.PersonAsync("agent");

        var card = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z"));

        Assert.Equal(12, card.GetProperty("figures").GetArrayLength());
        Assert.All(card.GetProperty("figures").EnumerateArray(), f =>
        {
            Assert.Equal(JsonValueKind.Null, f.GetProperty("value").ValueKind);
            Assert.Equal(0, f.GetProperty("denominator").GetInt32());
        });
        Assert.Empty((await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=keptRate&from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z"))).EnumerateArray());
        await RefusedAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?from=2020-02-01T00:00:00Z&to=2020-01-01T00:00:00Z"), HttpStatusCode.BadRequest, "to");
    }

    private static JsonElement Figure(JsonElement card, string key) =>
        card.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == key);
}

public sealed class ScorecardApiTestsOnSqlite(SqliteApp app) : ScorecardApiTests(app), IClassFixture<SqliteApp>;

public sealed class ScorecardApiTestsOnPostgres(PostgresApp app) : ScorecardApiTests(app), IClassFixture<PostgresApp>;
