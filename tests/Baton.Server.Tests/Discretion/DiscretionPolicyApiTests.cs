using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Discretion;

/// <summary>Managing discretion policies, earned autonomy through the API, and who sees which grants (list, report, CSV).</summary>
public abstract class DiscretionPolicyApiTests(BatonApp app)
{
    private readonly DiscretionDesk _desk = new(app);

    private static object Policy(string role, decimal perInteraction = 20m, decimal rollingWeek = 100m, string currency = "EUR", object? earned = null) => new
    {
        gesture = "ExpeditedShipping", holderKind = "Role", role, currency, perInteractionLimit = perInteraction, rollingWeekLimit = rollingWeek,
        earnedAutonomy = earned,
    };

    [SkippableFact]
    public async Task Managers_add_change_and_remove_policies_audited_others_may_only_read_them()
    {
        var manager = await app.SignInAsync("manager");
        var created = await CommitmentLedger.OkAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies", Policy("Supervisor")), HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(("Supervisor", 20m), (created.GetProperty("holderName").GetString(), created.GetProperty("perInteractionLimit").GetDecimal()));
        await CommitmentLedger.RefusedAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies", Policy("Supervisor")), HttpStatusCode.Conflict);

        var changed = await CommitmentLedger.OkAsync(await manager.PutAsJsonAsync($"/api/v1/discretion/policies/{id}",
            Policy("Supervisor", 30m, 150m, earned: new { minTenureMonths = 6, minKeptRate = 0.9m, factor = 2m })));
        Assert.Equal((30m, 2m), (changed.GetProperty("perInteractionLimit").GetDecimal(), changed.GetProperty("earnedAutonomy").GetProperty("factor").GetDecimal()));

        var agent = await app.SignInAsync("agent");
        Assert.Contains(await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/discretion/policies") ?? [], p => p.GetProperty("id").GetGuid() == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/discretion/policies", Policy("QualityAnalyst"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.DeleteAsync($"/api/v1/discretion/policies/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/discretion/policies/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.DeleteAsync($"/api/v1/discretion/policies/{id}")).StatusCode);
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == $"discretion-policy/{id:D}")
            .OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.DiscretionPolicySaved, AuditEventType.DiscretionPolicySaved, AuditEventType.DiscretionPolicyDeleted], audit);
    }

    [SkippableFact]
    public async Task Invalid_policies_are_refused_naming_the_field()
    {
        var manager = await app.SignInAsync("manager");
        await CommitmentLedger.RefusedAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies", Policy("Admin", -1m)), HttpStatusCode.BadRequest, "perInteractionLimit");
        await CommitmentLedger.RefusedAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies", Policy("Admin", 50m, 20m)), HttpStatusCode.BadRequest, "rollingWeekLimit");
        await CommitmentLedger.RefusedAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies", Policy("Admin", currency: "euros")), HttpStatusCode.BadRequest, "currency");
        await CommitmentLedger.RefusedAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies",
            Policy("Admin", earned: new { minTenureMonths = 6, minKeptRate = 0.9m, factor = 0.5m })), HttpStatusCode.BadRequest, "earnedAutonomy.factor");
        await CommitmentLedger.RefusedAsync(await manager.PostAsJsonAsync("/api/v1/discretion/policies", new
        {
            gesture = "FeeWaiver", holderKind = "Person", personId = Guid.NewGuid(), currency = "EUR", perInteractionLimit = 1, rollingWeekLimit = 1,
        }), HttpStatusCode.BadRequest, "personId");
        await CommitmentLedger.RefusedAsync(await manager.PutAsJsonAsync($"/api/v1/discretion/start-dates/{await _desk.Ledger.PersonAsync("agent")}",
            new { startedOn = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime).AddDays(1) }), HttpStatusCode.BadRequest, "startedOn");
    }

    [SkippableFact]
    public async Task Earned_autonomy_raises_the_limits_once_tenure_and_kept_rate_are_there_and_says_why()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        await _desk.PolicyAsync(agentId, 25m, 300m, new { minTenureMonths = 12, minKeptRate = 0.9m, factor = 2m });
        var before = await GoodwillLimitsAsync(agent);
        Assert.Equal((25m, false), (before.GetProperty("perInteraction").GetDecimal(), before.GetProperty("earned").GetBoolean()));
        Assert.Contains("no start date is recorded", before.GetProperty("reason").GetString(), StringComparison.Ordinal);

        var manager = await app.SignInAsync("manager");
        var today = DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);
        await CommitmentLedger.OkAsync(await manager.PutAsJsonAsync($"/api/v1/discretion/start-dates/{agentId}", new { startedOn = today.AddYears(-2) }));
        Assert.Contains("you closed none", (await GoodwillLimitsAsync(agent)).GetProperty("reason").GetString(), StringComparison.Ordinal);

        // One promise kept: 100% over the last 90 days.
        var promise = await _desk.Ledger.PromiseAsync(agent, dueIn: TimeSpan.FromHours(3));
        await CommitmentLedger.OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{CommitmentLedger.Id(promise)}/close", new { outcome = "Kept" }));
        var after = await GoodwillLimitsAsync(agent);
        Assert.Equal((50m, 600m, true), (after.GetProperty("perInteraction").GetDecimal(), after.GetProperty("rollingWeek").GetDecimal(), after.GetProperty("earned").GetBoolean()));
        Assert.Contains("Earned autonomy", after.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("Granted", DiscretionDesk.Status(await DiscretionDesk.GrantAsync(agent, 45m, DiscretionDesk.NewReference())));
    }

    [SkippableFact]
    public async Task Agents_see_their_own_grants_leads_their_teams_managers_everyones_with_totals_and_a_csv()
    {
        var (blue, blueId) = await _desk.NewPersonAsync("Support Blue");
        var (green, greenId) = await _desk.NewPersonAsync("Support Green");
        await _desk.PolicyAsync(blueId, 25m, 300m);
        await _desk.PolicyAsync(greenId, 25m, 300m);
        await DiscretionDesk.GrantAsync(blue, 10m, DiscretionDesk.NewReference());
        await DiscretionDesk.GrantAsync(blue, 15m, DiscretionDesk.NewReference());
        await DiscretionDesk.GrantAsync(blue, 99m, DiscretionDesk.NewReference());
        await DiscretionDesk.GrantAsync(green, 5m, DiscretionDesk.NewReference());

        var mine = await blue.GetFromJsonAsync<List<JsonElement>>("/api/v1/grants") ?? [];
        Assert.Equal(3, mine.Count);
        Assert.All(mine, g => Assert.Equal(blueId, g.GetProperty("requesterId").GetGuid()));

        var teamlead = await app.SignInAsync("teamlead");
        var team = await teamlead.GetFromJsonAsync<List<JsonElement>>($"/api/v1/grants?personId={greenId}") ?? [];
        Assert.Empty(team);
        Assert.Equal(3, (await teamlead.GetFromJsonAsync<List<JsonElement>>($"/api/v1/grants?personId={blueId}") ?? []).Count);
        Assert.Single(await teamlead.GetFromJsonAsync<List<JsonElement>>($"/api/v1/grants?personId={blueId}&status=Pending") ?? []);

        var manager = await app.SignInAsync("manager");
        Assert.Single(await manager.GetFromJsonAsync<List<JsonElement>>($"/api/v1/grants?personId={greenId}") ?? []);
        var report = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/grants/report?personId={blueId}");
        var row = Assert.Single(report.GetProperty("people").EnumerateArray());
        var totals = row.GetProperty("totals");
        Assert.Equal((3, 2, 1, 25m), (totals.GetProperty("requests").GetInt32(), totals.GetProperty("grantedAtOnce").GetInt32(),
            totals.GetProperty("pending").GetInt32(), totals.GetProperty("amountGiven").GetDecimal()));

        var csv = await manager.GetAsync($"/api/v1/grants/export.csv?personId={blueId}&gesture=GoodwillCredit");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("Id,RequestedAt,Requester,Gesture,Amount", lines[0], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Contains(lines, l => l.Contains(",99.00,EUR,", StringComparison.Ordinal) && l.Contains(",Pending,", StringComparison.Ordinal));
        await CommitmentLedger.RefusedAsync(await manager.GetAsync("/api/v1/grants?from=2026-03-10T00:00:00Z&to=2026-03-01T00:00:00Z"), HttpStatusCode.BadRequest, "to");
    }

    private static async Task<JsonElement> GoodwillLimitsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/discretion/limits"))!.Single(l => l.GetProperty("gesture").GetString() == "GoodwillCredit");
}

public sealed class DiscretionPolicyApiTestsOnSqlite(SqliteApp app) : DiscretionPolicyApiTests(app), IClassFixture<SqliteApp>;

public sealed class DiscretionPolicyApiTestsOnPostgres(PostgresApp app) : DiscretionPolicyApiTests(app), IClassFixture<PostgresApp>;
