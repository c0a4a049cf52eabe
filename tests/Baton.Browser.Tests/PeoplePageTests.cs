using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PeoplePageTests(BrowserApp app)
{
    [SkippableFact]
    public async Task Everyone_sees_the_org_chart_and_who_is_on_shift_but_only_admins_can_change_it()
    {
        var agent = await app.SignInAsync("agent");
        await agent.OpenAsync("/people");
        await Expect(agent.GetByTestId("org-chart")).ToContainTextAsync("Finance");
        await Expect(agent.GetByTestId("on-shift-list")).ToContainTextAsync("Alex Rivera");
        await Expect(agent.GetByTestId("add-person")).ToHaveCountAsync(0);
        await Expect(agent.GetByTestId("edit-person")).ToHaveCountAsync(0);

        var admin = await app.SignInAsync("admin");
        await admin.OpenAsync("/people");
        await Expect(admin.GetByTestId("add-person")).ToBeEnabledAsync();
        Assert.True(await admin.GetByTestId("edit-person").CountAsync() > 20, "an edit button per person");
    }

    [SkippableFact]
    public async Task Searching_narrows_the_org_chart()
    {
        var page = await app.SignInAsync("teamlead");
        await page.OpenAsync("/people");
        await Expect(page.GetByTestId("reload")).ToBeEnabledAsync();
        await page.GetByTestId("people-search").FillAsync("firmware");
        await Expect(page.GetByTestId("org-chart")).ToContainTextAsync("Logan Petrov");
        await Expect(page.GetByTestId("org-chart")).Not.ToContainTextAsync("Dana Fischer");
    }
}
