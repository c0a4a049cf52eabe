using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Baton.Core.Audit;
using Baton.Server.Features.Demo;
using Baton.Server.Features.Workflows;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Workflows;

public abstract partial class WorkflowGovernanceTests(BatonApp app)
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The shipped inbound-purchase sample under a fresh key, so each test owns its workflow.</summary>
    private static string Sample(string key, int version = 1, string owner = "manager")
    {
        var yaml = WorkflowSamplesSeeder.Samples()["inbound-purchase.yaml"];
        yaml = yaml.Replace("key: inbound-purchase", $"key: {key}", StringComparison.Ordinal);
        yaml = VersionLine().Replace(yaml, $"version: {version}");
        return OwnerLine().Replace(yaml, $"owner: {owner}");
    }

    private static string NewKey(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..30];

    private static Task<HttpResponseMessage> PostYamlAsync(HttpClient client, string url, string yaml) =>
        client.PostAsync(url, new StringContent(yaml, Encoding.UTF8, "application/yaml"));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode || response.StatusCode >= HttpStatusCode.BadRequest, text);
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    [SkippableFact]
    public async Task Demo_mode_publishes_the_four_samples()
    {
        var agent = await app.SignInAsync("agent");
        var list = await JsonAsync(await agent.GetAsync("/api/v1/workflows"));
        foreach (var key in new[] { "product-return-missing-finance-details", "outbound-upgrade-campaign", "headset-firmware-support", "inbound-purchase" })
        {
            var item = list.EnumerateArray().Single(w => w.GetProperty("key").GetString() == key);
            Assert.Equal("Published", item.GetProperty("latestStatus").GetString());
            Assert.Equal(1, item.GetProperty("publishedVersion").GetInt32());
            Assert.Equal("manager", item.GetProperty("owner").GetString());
        }
        var history = await JsonAsync(await agent.GetAsync("/api/v1/workflows/inbound-purchase"));
        var version = history.GetProperty("versions").EnumerateArray().Single();
        Assert.Equal("manager", version.GetProperty("publishedBy").GetString());
        Assert.False(string.IsNullOrEmpty(version.GetProperty("changeReason").GetString()));
    }

    [SkippableFact]
    public async Task Draft_then_publish_with_reason_retires_the_previous_version_and_every_change_is_audited()
    {
        var manager = await app.SignInAsync("manager");
        var key = NewKey("lifecycle");

        var v1 = await PostYamlAsync(manager, "/api/v1/workflows", Sample(key));
        Assert.Equal(HttpStatusCode.Created, v1.StatusCode);
        Assert.Equal($"/api/v1/workflows/{key}/versions/1", v1.Headers.Location!.OriginalString);
        Assert.Equal("Draft", (await JsonAsync(v1)).GetProperty("status").GetString());

        var noReason = await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/1/publish", new { changeReason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await JsonAsync(noReason)).GetProperty("errors").TryGetProperty("changeReason", out _));

        var published1 = await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/1/publish", new { changeReason = "First cut" });
        Assert.Equal(HttpStatusCode.OK, published1.StatusCode);

        var v2Yaml = Sample(key, 2).Replace("title: Answer the caller's questions", "title: Answer every question", StringComparison.Ordinal);
        var v2 = await manager.PostAsJsonAsync("/api/v1/workflows", new { yaml = v2Yaml });
        Assert.Equal(HttpStatusCode.Created, v2.StatusCode);
        var listed = (await JsonAsync(await manager.GetAsync("/api/v1/workflows"))).EnumerateArray().Single(w => w.GetProperty("key").GetString() == key);
        Assert.Equal(2, listed.GetProperty("latestVersion").GetInt32());
        Assert.Equal("Draft", listed.GetProperty("latestStatus").GetString());
        Assert.Equal(1, listed.GetProperty("publishedVersion").GetInt32());

        var published2 = await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/2/publish", new { changeReason = "Shorter step title" });
        Assert.Equal(HttpStatusCode.OK, published2.StatusCode);

        var history = await JsonAsync(await manager.GetAsync($"/api/v1/workflows/{key}"));
        var versions = history.GetProperty("versions").EnumerateArray().ToDictionary(v => v.GetProperty("version").GetInt32());
        Assert.Equal("Published", versions[2].GetProperty("status").GetString());
        Assert.Equal("Shorter step title", versions[2].GetProperty("changeReason").GetString());
        Assert.Equal("Retired", versions[1].GetProperty("status").GetString());
        Assert.Equal("Superseded by version 2.", versions[1].GetProperty("retireReason").GetString());
        Assert.Equal(2, history.GetProperty("publishedVersion").GetInt32());
        var changes = history.GetProperty("changes").EnumerateArray()
            .Select(c => (Type: c.GetProperty("type").GetString(), Actor: c.GetProperty("actor").GetString(), Reason: c.GetProperty("reason").GetString()))
            .ToList();
        Assert.Contains(("WorkflowPublished", "manager", "Shorter step title"), changes);
        Assert.Contains(changes, c => c.Type == "WorkflowRetired" && c.Reason == "Superseded by version 2.");

        var types = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == $"workflow/{key}").OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync());
        Assert.Equal(
            [AuditEventType.WorkflowDraftCreated, AuditEventType.WorkflowPublished, AuditEventType.WorkflowDraftCreated,
                AuditEventType.WorkflowRetired, AuditEventType.WorkflowPublished],
            types);

        // Retired is final, and a published version is not published twice.
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/1/publish", new { changeReason = "again" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/1/retire", new { reason = "again" })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/2/publish", new { changeReason = "again" })).StatusCode);
        Assert.Equal(1, await app.WithDbAsync(db => db.WorkflowVersions.CountAsync(v => v.Key == key && v.Status == WorkflowVersionStatus.Published)));

        var retired = await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/2/retire", new { reason = "Process withdrawn" });
        Assert.Equal(HttpStatusCode.OK, retired.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.WorkflowVersions.CountAsync(v => v.Key == key && v.Status == WorkflowVersionStatus.Published)));
    }

    [SkippableFact]
    public async Task A_draft_can_be_edited_but_a_published_version_cannot()
    {
        var admin = await app.SignInAsync("admin");
        var key = NewKey("editing");
        Assert.Equal(HttpStatusCode.Created, (await PostYamlAsync(admin, "/api/v1/workflows", Sample(key))).StatusCode);

        var edited = Sample(key).Replace("title: No purchase this time", "title: No sale today", StringComparison.Ordinal);
        var put = await admin.PutAsync($"/api/v1/workflows/{key}/versions/1", new StringContent(edited, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var stored = await JsonAsync(await admin.GetAsync($"/api/v1/workflows/{key}/versions/1"));
        Assert.Contains("No sale today", stored.GetProperty("yaml").GetString());
        var nodes = stored.GetProperty("definition").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(nodes, n => n.GetProperty("id").GetString() == "no_sale" && n.GetProperty("title").GetString() == "No sale today");

        var wrongVersion = await admin.PutAsync($"/api/v1/workflows/{key}/versions/1", new StringContent(Sample(key, 2), Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongVersion.StatusCode);

        await admin.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/1/publish", new { changeReason = "Go" });
        var late = await admin.PutAsync($"/api/v1/workflows/{key}/versions/1", new StringContent(edited, Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [SkippableFact]
    public async Task Publishing_needs_an_owner_who_is_an_active_manager_or_admin()
    {
        var manager = await app.SignInAsync("manager");
        foreach (var owner in new[] { "agent", "nobody-here" })
        {
            var key = NewKey("owner");
            Assert.Equal(HttpStatusCode.Created, (await PostYamlAsync(manager, "/api/v1/workflows", Sample(key, owner: owner))).StatusCode);
            var publish = await manager.PostAsJsonAsync($"/api/v1/workflows/{key}/versions/1/publish", new { changeReason = "Go" });
            Assert.Equal(HttpStatusCode.BadRequest, publish.StatusCode);
            var problem = await JsonAsync(publish);
            Assert.True(problem.GetProperty("errors").TryGetProperty("owner", out _), problem.ToString());
            Assert.Contains(owner, problem.GetProperty("detail").GetString());
        }
    }

    [SkippableFact]
    public async Task Only_managers_and_admins_write_and_everyone_signed_in_reads()
    {
        var key = NewKey("access");
        foreach (var user in new[] { "agent", "teamlead", "supervisor" })
        {
            var client = await app.SignInAsync(user);
            Assert.Equal(HttpStatusCode.Forbidden, (await PostYamlAsync(client, "/api/v1/workflows", Sample(key))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/workflows/inbound-purchase/versions/1/publish", new { changeReason = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync("/api/v1/workflows/inbound-purchase/versions/1/retire", new { reason = "x" })).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/workflows")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/workflows/inbound-purchase/versions/1")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await PostYamlAsync(client, "/api/v1/workflows/validate", "key: x")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/workflows")).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.WorkflowVersions.AnyAsync(v => v.Key == key)));
    }

    [SkippableFact]
    public async Task Invalid_yaml_is_refused_with_every_problem_at_its_line_and_column()
    {
        var manager = await app.SignInAsync("manager");
        var key = NewKey("broken");
        var broken = Sample(key).Replace("next: check_order_size", "next: nowhere", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().FindIndex(l => l.Contains("next: nowhere", StringComparison.Ordinal)) + 1;

        var response = await PostYamlAsync(manager, "/api/v1/workflows", broken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await JsonAsync(response)).GetProperty("errors").EnumerateArray().ToList();
        var dangling = Assert.Single(errors, e => e.GetProperty("code").GetString() == "dangling-edge");
        Assert.Equal(line, dangling.GetProperty("line").GetInt32());
        Assert.Equal(11, dangling.GetProperty("column").GetInt32());
        Assert.Contains("nowhere", dangling.GetProperty("message").GetString());
        Assert.False(await app.WithDbAsync(db => db.WorkflowVersions.AnyAsync(v => v.Key == key)));

        var validation = await JsonAsync(await PostYamlAsync(manager, "/api/v1/workflows/validate", broken));
        Assert.False(validation.GetProperty("valid").GetBoolean());
        Assert.Contains(validation.GetProperty("problems").EnumerateArray(), p => p.GetProperty("line").GetInt32() == line);
        var fine = await JsonAsync(await manager.PostAsJsonAsync("/api/v1/workflows/validate", new { yaml = Sample(key) }));
        Assert.True(fine.GetProperty("valid").GetBoolean());
        Assert.Equal(10, fine.GetProperty("definition").GetProperty("nodes").GetArrayLength());
    }

    [SkippableFact]
    public async Task Versions_are_numbered_one_after_another()
    {
        var manager = await app.SignInAsync("manager");
        var key = NewKey("numbers");
        Assert.Equal(HttpStatusCode.BadRequest, (await PostYamlAsync(manager, "/api/v1/workflows", Sample(key, 3))).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostYamlAsync(manager, "/api/v1/workflows", Sample(key))).StatusCode);
        var again = await PostYamlAsync(manager, "/api/v1/workflows", Sample(key));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("version: 2", (await JsonAsync(again)).GetProperty("detail").GetString());
    }

    [SkippableFact]
    public async Task Diff_lists_changed_nodes_and_the_chart_marks_them()
    {
        var manager = await app.SignInAsync("manager");
        var key = NewKey("diff");
        await PostYamlAsync(manager, "/api/v1/workflows", Sample(key));
        var v2 = Sample(key, 2)
            .Replace("title: Answer the caller's questions", "title: Answer every question", StringComparison.Ordinal)
            .Replace("""
                  - id: no_sale
                    kind: End
                    title: No purchase this time
                    outcome: not_interested
                """, """
                  - id: no_sale
                    kind: End
                    title: No purchase this time
                    outcome: not_interested

                  - id: spare_end
                    kind: End
                    title: Spare
                    outcome: resolved
                """, StringComparison.Ordinal)
            .Replace("to: no_sale", "to: spare_end", StringComparison.Ordinal)
            .Replace("""

                  - id: no_sale
                    kind: End
                    title: No purchase this time
                    outcome: not_interested
                """, "", StringComparison.Ordinal);
        var created = await PostYamlAsync(manager, "/api/v1/workflows", v2);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());

        var diff = await JsonAsync(await manager.GetAsync($"/api/v1/workflows/{key}/diff?from=1&to=2"));
        Assert.Equal(["spare_end"], diff.GetProperty("added").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["no_sale"], diff.GetProperty("removed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["answer_questions"], diff.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        var unified = diff.GetProperty("unifiedDiff").GetString()!;
        Assert.Contains($"--- {key} v1", unified);
        Assert.Contains($"+++ {key} v2", unified);
        Assert.Contains("-version: 1", unified);
        Assert.Contains("+version: 2", unified);
        Assert.Contains("-    title: Answer the caller's questions", unified);
        Assert.Contains("+    title: Answer every question", unified);
        Assert.Contains("@@ ", unified);

        var defaults = await JsonAsync(await manager.GetAsync($"/api/v1/workflows/{key}/diff"));
        Assert.Equal((1, 2), (defaults.GetProperty("from").GetInt32(), defaults.GetProperty("to").GetInt32()));
        Assert.Equal(HttpStatusCode.BadRequest, (await manager.GetAsync($"/api/v1/workflows/{key}/diff?from=7&to=2")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/api/v1/workflows/no-such-workflow/diff")).StatusCode);

        var chart = await manager.GetAsync($"/api/v1/workflows/{key}/versions/2/chart.svg?changedFrom=1&highlight=check_order_size");
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("image/svg+xml", chart.Content.Headers.ContentType?.MediaType);
        var groups = XDocument.Parse(await chart.Content.ReadAsStringAsync()).Descendants(Svg + "g")
            .Where(g => g.Attribute("data-node-id") is not null)
            .ToDictionary(g => g.Attribute("data-node-id")!.Value, g => g.Attribute("class")!.Value.Split(' '));
        Assert.Equal(10, groups.Count);
        Assert.Equal(["answer_questions", "spare_end"], groups.Where(g => g.Value.Contains("changed")).Select(g => g.Key).Order());
        Assert.Equal(["check_order_size"], groups.Where(g => g.Value.Contains("highlight")).Select(g => g.Key));
    }

    [SkippableFact]
    public async Task Chart_of_a_sample_is_svg_for_any_signed_in_person()
    {
        var agent = await app.SignInAsync("agent");
        var chart = await agent.GetAsync("/api/v1/workflows/headset-firmware-support/versions/1/chart.svg");
        Assert.Equal(HttpStatusCode.OK, chart.StatusCode);
        Assert.Equal("nosniff", chart.Headers.GetValues("X-Content-Type-Options").Single());
        var svg = XDocument.Parse(await chart.Content.ReadAsStringAsync());
        Assert.Equal(Svg + "svg", svg.Root!.Name);
        Assert.Equal(8, svg.Descendants(Svg + "g").Count(g => g.Attribute("data-node-id") is not null));

        Assert.Equal(HttpStatusCode.BadRequest, (await agent.GetAsync("/api/v1/workflows/headset-firmware-support/versions/1/chart.svg?highlight=nope")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync("/api/v1/workflows/headset-firmware-support/versions/9/chart.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync("/api/v1/workflows/headset-firmware-support/versions/1/chart.svg")).StatusCode);
    }

    [GeneratedRegex(@"^version: \d+", RegexOptions.Multiline)]
    private static partial Regex VersionLine();

    [GeneratedRegex(@"^owner: .+$", RegexOptions.Multiline)]
    private static partial Regex OwnerLine();
}

public sealed class WorkflowGovernanceTestsOnSqlite(SqliteApp app) : WorkflowGovernanceTests(app), IClassFixture<SqliteApp>;

public sealed class WorkflowGovernanceTestsOnPostgres(PostgresApp app) : WorkflowGovernanceTests(app), IClassFixture<PostgresApp>;
