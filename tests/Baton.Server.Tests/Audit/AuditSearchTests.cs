using System.Net;
using System.Net.Http.Json;
using Baton.Core.Audit;
using Baton.Server.Features.Audit;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Audit;

/// <summary>GET /api/v1/audit/events: actor, subject, type and time filters, paging and order, on both providers.</summary>
public abstract class AuditSearchTests(BatonApp app)
{
    private static readonly DateTime Day1 = new(2031, 5, 1, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Day2 = new(2031, 5, 2, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Day3 = new(2031, 5, 3, 10, 0, 0, DateTimeKind.Utc);

    /// <summary>Six events on two subjects of a fresh namespace, by two actors, over three days.</summary>
    private async Task<string> SeedAsync()
    {
        var ns = $"search-{Guid.NewGuid():N}";
        var alice = new Actor(null, $"Alice.{ns}");
        var bob = new Actor(null, $"bob.{ns}");
        await app.WithDbAsync(async db =>
        {
            await db.RecordAsync(alice, Day1, $"{ns}/a", AuditEventType.ApiTokenCreated, null, new { n = 1 }, "first");
            await db.RecordAsync(alice, Day2, $"{ns}/a", AuditEventType.ApiTokenRevoked, new { n = 1 }, new { n = 2 }, "second");
            await db.RecordAsync(bob, Day3, $"{ns}/a", AuditEventType.ApiTokenCreated, null, new { n = 3 }, "third");
            await db.RecordAsync(bob, Day1, $"{ns}/b", AuditEventType.TeamCreated, null, new { n = 4 }, "fourth");
            await db.RecordAsync(bob, Day2, $"{ns}/b", AuditEventType.TeamUpdated, null, new { n = 5 }, "fifth");
            await db.RecordAsync(alice, Day3, $"{ns}/b", AuditEventType.TeamUpdated, null, new { n = 6 }, "sixth");
            await db.SaveChangesAsync();
        });
        return ns;
    }

    private async Task<Page> SearchAsync(string query)
    {
        var leader = await app.SignInAsync("supervisor");
        var response = await leader.GetAsync("/api/v1/audit/events?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<Page>())!;
    }

    private static string[] Reasons(Page page) => page.Items.Select(i => i.Reason ?? "").ToArray();

    [SkippableFact]
    public async Task Subject_is_a_prefix_and_results_are_newest_first()
    {
        var ns = await SeedAsync();
        var all = await SearchAsync($"subject={ns}/");
        Assert.Equal(6, all.Total);
        Assert.Equal(["sixth", "fifth", "fourth", "third", "second", "first"], Reasons(all));
        Assert.Equal(all.Items.Select(i => i.Id).OrderDescending(), all.Items.Select(i => i.Id));

        var a = await SearchAsync($"subject={ns}/a");
        Assert.Equal(["third", "second", "first"], Reasons(a));
        Assert.All(a.Items, i => Assert.Equal($"{ns}/a", i.Subject));

        // A prefix, not a substring: the middle of a subject matches nothing.
        Assert.Equal(0, (await SearchAsync($"subject={ns[3..]}")).Total);
    }

    [SkippableFact]
    public async Task Actor_matches_part_of_the_name_ignoring_case()
    {
        var ns = await SeedAsync();
        var alice = await SearchAsync($"actor=ALICE.{ns}");
        Assert.Equal(["sixth", "second", "first"], Reasons(alice));
        var bob = await SearchAsync($"actor={ns[..12]}&subject={ns}/b");
        Assert.Equal(["sixth", "fifth", "fourth"], Reasons(bob));
        Assert.Equal(["fifth", "fourth"], Reasons(await SearchAsync($"actor=Bob.{ns}&subject={ns}/b")));
    }

    [SkippableFact]
    public async Task Type_filters_by_name_or_number()
    {
        var ns = await SeedAsync();
        var created = await SearchAsync($"subject={ns}/&type=ApiTokenCreated");
        Assert.Equal(["third", "first"], Reasons(created));
        Assert.All(created.Items, i => Assert.Equal((int)AuditEventType.ApiTokenCreated, i.TypeNumber));
        Assert.Equal(["sixth", "fifth"], Reasons(await SearchAsync($"subject={ns}/&type={(int)AuditEventType.TeamUpdated}")));
    }

    [SkippableFact]
    public async Task Time_window_includes_from_and_excludes_to()
    {
        var ns = await SeedAsync();
        Assert.Equal(["fifth", "second"], Reasons(await SearchAsync($"subject={ns}/&from=2031-05-02T00:00:00Z&to=2031-05-03T00:00:00Z")));
        Assert.Equal(["fifth", "second"], Reasons(await SearchAsync($"subject={ns}/&from=2031-05-02T10:00:00Z&to=2031-05-03T10:00:00Z")));
        Assert.Equal(["sixth", "fifth", "third", "second"], Reasons(await SearchAsync($"subject={ns}/&from=2031-05-01T10:00:00.000001Z")));
        Assert.Equal(["fourth", "first"], Reasons(await SearchAsync($"subject={ns}/&to=2031-05-02T00:00:00Z")));
        // An offset is converted to UTC: 12:00+02:00 is 10:00Z.
        Assert.Equal(["fifth", "second"], Reasons(await SearchAsync($"subject={ns}/&from=2031-05-02T12:00:00%2B02:00&to=2031-05-02T10:00:01Z")));
    }

    [SkippableFact]
    public async Task Filters_combine_and_paging_reports_the_total()
    {
        var ns = await SeedAsync();
        var combined = await SearchAsync($"actor=bob.{ns}&subject={ns}/&type=TeamUpdated&from=2031-05-02T00:00:00Z&to=2031-05-04T00:00:00Z");
        Assert.Equal(["fifth"], Reasons(combined));

        var page2 = await SearchAsync($"subject={ns}/&skip=2&take=2");
        Assert.Equal(6, page2.Total);
        Assert.Equal(["fourth", "third"], Reasons(page2));
    }

    [SkippableFact]
    public async Task Events_carry_before_after_and_reason()
    {
        var ns = await SeedAsync();
        var second = Assert.Single((await SearchAsync($"subject={ns}/a&type=ApiTokenRevoked")).Items);
        Assert.Equal("{\"n\":1}", second.Before);
        Assert.Equal("{\"n\":2}", second.After);
        Assert.Equal(2, second.Sequence);
        Assert.Equal(Day2, second.At);
        Assert.Equal("ApiTokenRevoked", second.Type);
    }

    [SkippableFact]
    public async Task Agents_cannot_search_the_audit_log()
    {
        var agent = await app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/audit/events")).StatusCode);
    }

    private sealed record Item(long Id, string Subject, long Sequence, string Type, int TypeNumber, string ActorName, DateTime At,
        string? Before, string? After, string? Reason);

    private sealed record Page(List<Item> Items, int Total);
}

public sealed class AuditSearchTestsOnSqlite(SqliteApp app) : AuditSearchTests(app), IClassFixture<SqliteApp>;

public sealed class AuditSearchTestsOnPostgres(PostgresApp app) : AuditSearchTests(app), IClassFixture<PostgresApp>;
