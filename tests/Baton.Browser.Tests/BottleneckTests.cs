using Baton.Core;
using Baton.Core.Cases;
using Baton.Core.Commitments;
using Baton.Core.Customers;
using Baton.Core.Workflows;
using Baton.Server.Data;
using Baton.Server.Features.Cases;
using Baton.Server.Features.Workflows;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class BottleneckTests(BrowserApp app)
{
    private static readonly string[] Path = ["greet", "diagnose", "wait_for_parts", "confirm", "done"];

    [SkippableFact]
    public async Task A_manager_sees_the_heat_over_the_flowchart_and_follows_a_node_to_its_slowest_case()
    {
        var page = await app.SignInAsync("manager");
        var key = $"repair-{Guid.NewGuid().ToString("N")[..8]}";
        var slow = await SeedAsync(key, ("Slow Sam", TimeSpan.FromDays(3)), ("Mid Mia", TimeSpan.FromDays(1)), ("Quick Quinn", TimeSpan.FromHours(2)));

        await page.OpenAsync($"/workflows/{key}/bottlenecks");

        var wait = page.Locator("[data-testid='bottleneck-chart'] g.bf-node.overlaid[data-node-id='wait_for_parts']");
        await Expect(wait).ToBeVisibleAsync();
        await Expect(wait.Locator("text.bf-note")).ToContainTextAsync("p50 1d · p90 3d");
        await Expect(page.Locator("[data-testid='bottleneck-chart'] .bf-legend")).ToContainTextAsync("no pass finished in the period");

        await page.Locator("[data-testid='bottleneck-chart'] a.bf-node-link:has(g[data-node-id='wait_for_parts'])").ClickAsync();
        var rows = page.GetByTestId("slow-case");
        await Expect(rows).ToHaveCountAsync(3);
        await Expect(rows.First).ToContainTextAsync("Slow Sam");
        await Expect(rows.First).ToContainTextAsync("3d");

        await rows.First.GetByTestId("slow-case-link").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/cases/{slow:D}", StringComparison.Ordinal));
        await Expect(page.GetByTestId("case-panel")).ToBeVisibleAsync();
    }

    /// <summary>A stored workflow and one completed case per (customer, wait): a few minutes at each step, the wait as given.</summary>
    private async Task<Guid> SeedAsync(string key, params (string Customer, TimeSpan Wait)[] cases)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var now = Instants.Normalize(DateTime.UtcNow);
        var yaml = string.Join('\n',
            $"key: {key}", "title: Headset repair", "owner: manager", "version: 1", "changeReason: Browser test.", "start: greet", "nodes:",
            "  - { id: greet, kind: Step, title: Greet the customer, script: Greet., next: diagnose }",
            "  - { id: diagnose, kind: Step, title: Diagnose the fault, script: Diagnose., next: wait_for_parts }",
            "  - { id: wait_for_parts, kind: Wait, title: Wait for the parts, event: parts.arrived, next: confirm }",
            "  - { id: confirm, kind: Step, title: Confirm the repair, script: Confirm., next: done }",
            "  - { id: done, kind: End, title: Repaired, outcome: resolved }") + "\n";
        var definition = WorkflowReader.Read(yaml, $"{key}.yaml").Definition!;
        db.WorkflowVersions.Add(new WorkflowVersion
        {
            Id = Guid.CreateVersion7(), Key = key, Version = 1, Yaml = yaml, Title = definition.Title, OwnerUserName = "manager", DraftReason = "Browser test.",
            AuthorName = "Browser test", CreatedAt = now, UpdatedAt = now,
        });
        var owner = await db.People.SingleAsync(p => p.UserName == "agent");
        var ids = new List<Guid>();
        foreach (var (name, wait) in cases)
        {
            var customer = new Customer(Guid.CreateVersion7(), name, ["+1 415 555 0142"], null, null, now);
            db.Customers.Add(customer);
            var at = now - wait - TimeSpan.FromHours(1);
            var visits = new List<NodeVisit>();
            foreach (var node in Path)
            {
                var left = node switch { "wait_for_parts" => at + wait, "done" => at, _ => at + TimeSpan.FromMinutes(10) };
                visits.Add(new NodeVisit(node, at, left, node == "done" ? null : NodeOutcomes.Next));
                at = left;
            }
            var state = new WorkflowState(key, 1, "done", WorkflowStatus.Completed, new Dictionary<string, string>(), new Dictionary<string, string>(), "", null,
                visits, EndOutcome: "resolved");
            var c = Case.Open(Guid.CreateVersion7(), customer.Id, new OwnerInfo(owner.Id, true), owner.Id, state, CaseStateJson.Write(state), at);
            db.Cases.Add(c);
            ids.Add(c.Id);
        }
        await db.SaveChangesAsync();
        return ids[0];
    }
}
