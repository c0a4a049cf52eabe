using System.Net;
using System.Text.RegularExpressions;
using Baton.Server.Tests.Infrastructure;

namespace Baton.Server.Tests.Workflows;

/// <summary>The workflow pages as first rendered on the server (before the interactive circuit starts).</summary>
public abstract partial class WorkflowPagesTests(BatonApp app)
{
    [SkippableFact]
    public async Task The_list_shows_every_workflow_and_only_editors_get_the_new_button()
    {
        var agent = await (await app.SignInAsync("agent")).GetStringAsync("/workflows");
        Assert.Contains("data-testid=\"workflow-list\"", agent);
        foreach (var key in new[] { "inbound-purchase", "outbound-upgrade-campaign", "headset-firmware-support", "product-return-missing-finance-details" })
        {
            Assert.Contains($"data-testid=\"workflow-{key}\"", agent);
        }
        Assert.DoesNotContain("data-testid=\"new-workflow\"", agent);
        Assert.Contains("href=\"workflows\"", agent); // the nav link

        var manager = await (await app.SignInAsync("manager")).GetStringAsync("/workflows");
        Assert.Contains("data-testid=\"new-workflow\"", manager);
    }

    [SkippableFact]
    public async Task The_detail_page_draws_the_chart_of_the_published_version()
    {
        var html = await (await app.SignInAsync("agent")).GetStringAsync("/workflows/inbound-purchase");
        Assert.Contains("data-testid=\"workflow-title\"", html);
        Assert.Contains("Inbound purchase", html);
        Assert.Contains("data-testid=\"workflow-chart\"", html);
        Assert.Equal(10, NodeGroup().Matches(html).Count);
        Assert.Contains("cue-card?version=1", html);
    }

    [SkippableFact]
    public async Task The_cue_card_has_the_chart_and_every_step_with_its_script_and_questions()
    {
        var html = await (await app.SignInAsync("agent")).GetStringAsync("/workflows/inbound-purchase/cue-card");
        Assert.Contains("data-testid=\"cue-card\"", html);
        Assert.Contains("data-testid=\"cue-card-chart\"", html);
        Assert.Equal(2, Regex.Count(html, "data-testid=\"cue-step\""));
        Assert.Contains("Do not guess delivery dates", html);
        Assert.Contains("Which product?", html);
        Assert.Contains("@media print", html);
    }

    [SkippableFact]
    public async Task The_editor_page_is_for_managers_and_admins_only()
    {
        var agent = await (await app.SignInAsync("agent")).GetAsync("/workflows/new");
        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.DoesNotContain("data-testid=\"workflow-editor\"", await agent.Content.ReadAsStringAsync());

        var manager = await (await app.SignInAsync("manager")).GetStringAsync("/workflows/new");
        Assert.Contains("data-testid=\"workflow-editor\"", manager);
        Assert.Contains("data-testid=\"editor-valid\"", manager);
        Assert.Contains("data-testid=\"editor-preview\"", manager);
    }

    [SkippableFact]
    public async Task An_unknown_workflow_says_so_and_anonymous_visitors_are_sent_to_sign_in()
    {
        var html = await (await app.SignInAsync("agent")).GetStringAsync("/workflows/no-such-thing");
        Assert.Contains("data-testid=\"workflow-not-found\"", html);

        var anonymous = await app.Anonymous().GetAsync("/workflows");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
    }

    [GeneratedRegex("<g class=\"bf-node[^\"]*\" data-node-id=")]
    private static partial Regex NodeGroup();
}

public sealed class WorkflowPagesTestsOnSqlite(SqliteApp app) : WorkflowPagesTests(app), IClassFixture<SqliteApp>;

public sealed class WorkflowPagesTestsOnPostgres(PostgresApp app) : WorkflowPagesTests(app), IClassFixture<PostgresApp>;
