using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Expectations;

public abstract class ExpectationApiTests(BatonApp app)
{
    private async Task<Guid> PersonIdAsync(string userName) =>
        await app.WithDbAsync(db => db.People.Where(p => p.UserName == userName).Select(p => p.Id).SingleAsync());

    private static object Body(Guid ownerId, decimal target, string reason, Guid? key = null, string metric = "keptRate") => new
    {
        key, metric, appliesToKind = "Role", appliesTo = "QualityAnalyst", target, comparison = "AtLeast",
        description = $"Quality analysts keep {target:P0} of their promises.", ownerId, changeReason = reason,
    };

    [SkippableFact]
    public async Task A_new_version_supersedes_the_current_one_and_the_history_keeps_both_with_their_reasons()
    {
        var manager = await app.SignInAsync("manager");
        var ownerId = await PersonIdAsync("manager");

        var created = await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 0.8m, "First target"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var first = await created.Content.ReadFromJsonAsync<JsonElement>();
        var key = first.GetProperty("key").GetGuid();
        Assert.Equal(1, first.GetProperty("version").GetInt32());
        Assert.Equal("Morgan Lee", first.GetProperty("ownerName").GetString());

        // Anyone signed in sees it.
        var agent = await app.SignInAsync("agent");
        var list = await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/expectations");
        var current = Assert.Single(list!, e => e.GetProperty("key").GetGuid() == key);
        Assert.Equal(0.8m, current.GetProperty("target").GetDecimal());

        var next = await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 0.9m, "Raised after the review", key));
        Assert.Equal(HttpStatusCode.Created, next.StatusCode);
        Assert.Equal(2, (await next.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("version").GetInt32());

        list = await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/expectations");
        current = Assert.Single(list!, e => e.GetProperty("key").GetGuid() == key);
        Assert.Equal(2, current.GetProperty("version").GetInt32());
        Assert.Equal(0.9m, current.GetProperty("target").GetDecimal());

        var history = await agent.GetFromJsonAsync<List<JsonElement>>($"/api/v1/expectations/{key}/history");
        Assert.Equal([2, 1], history!.Select(h => h.GetProperty("version").GetInt32()));
        Assert.Equal(["Raised after the review", "First target"], history!.Select(h => h.GetProperty("changeReason").GetString()));
        Assert.Equal(JsonValueKind.Null, history![0].GetProperty("retiredAt").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, history![1].GetProperty("retiredAt").ValueKind);

        var secondId = history[0].GetProperty("id").GetGuid();
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.Subject == $"expectation/{secondId}").ToListAsync());
        var changed = Assert.Single(audit);
        Assert.Equal(AuditEventType.ExpectationChanged, changed.Type);
        Assert.Equal("Raised after the review", changed.Reason);
        Assert.NotNull(changed.Before);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/expectations/{Guid.NewGuid()}/history")).StatusCode);
    }

    [SkippableFact]
    public async Task Only_managers_and_admins_may_change_expectations()
    {
        var ownerId = await PersonIdAsync("manager");
        var agent = await app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 0.8m, "Try"))).StatusCode);
        var admin = await app.SignInAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 0.8m, "By the admin"))).StatusCode);
    }

    [SkippableFact]
    public async Task Invalid_expectations_are_refused_naming_the_field()
    {
        var manager = await app.SignInAsync("manager");
        var ownerId = await PersonIdAsync("manager");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 0.8m, "x", metric: "rank")), "metric");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 0.8m, " ")), "changeReason");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/expectations", Body(Guid.NewGuid(), 0.8m, "x")), "ownerId");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 1.5m, "x")), "target");
        // Handle time is only ever read beside resolution, so it never gets a target of its own.
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 5m, "Shorter calls", metric: "handleTime")), "metric");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 6m, "x", metric: "csat")), "target");
        Assert.Equal(HttpStatusCode.Created,
            (await manager.PostAsJsonAsync("/api/v1/expectations", Body(ownerId, 4.2m, "Callers rate us well", metric: "csat"))).StatusCode);
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on '{field}': {problem}");
    }
}

public sealed class ExpectationApiTestsOnSqlite(SqliteApp app) : ExpectationApiTests(app), IClassFixture<SqliteApp>;

public sealed class ExpectationApiTestsOnPostgres(PostgresApp app) : ExpectationApiTests(app), IClassFixture<PostgresApp>;
