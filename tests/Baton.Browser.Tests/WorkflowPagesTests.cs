using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class WorkflowPagesTests(BrowserApp app)
{
    [SkippableFact]
    public async Task The_shipped_samples_are_listed_drawn_as_flowcharts_and_print_as_cue_cards()
    {
        var page = await app.SignInAsync("agent");
        await page.OpenAsync("/workflows");
        await Expect(page.GetByTestId("workflow-product-return-missing-finance-details")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("workflow-outbound-upgrade-campaign")).ToBeVisibleAsync();

        await page.GetByTestId("workflow-product-return-missing-finance-details").ClickAsync();
        var chart = page.GetByTestId("workflow-chart");
        await Expect(chart.Locator("svg")).ToBeVisibleAsync();
        Assert.True(await chart.Locator("[data-node-id]").CountAsync() >= 4, "every node of the flowchart is drawn");

        await page.OpenAsync("/workflows/product-return-missing-finance-details/cue-card");
        await Expect(page.GetByTestId("cue-card")).ToBeVisibleAsync();
        Assert.True(await page.GetByTestId("cue-step").CountAsync() >= 1, "the cue card lists the steps' scripts");
    }

    [SkippableFact]
    public async Task The_editor_validates_as_the_manager_types_and_reports_line_and_column()
    {
        var page = await app.SignInAsync("manager");
        await page.OpenAsync("/workflows/new");
        // The starting template is valid, so Save enables once the page is live: typing before that would be lost.
        await Expect(page.GetByTestId("save-draft")).ToBeEnabledAsync();
        var yaml = page.GetByTestId("workflow-yaml");
        await yaml.FillAsync("key: broken\ntitle: Broken\nowner: manager\nversion: 1\nchangeReason: test\nstart: a\nnodes:\n  - id: a\n    kind: Teleport\n");
        await Expect(page.GetByTestId("editor-problem").First).ToContainTextAsync("9:");
        await Expect(page.GetByTestId("editor-problems")).ToContainTextAsync("Teleport");
    }
}
