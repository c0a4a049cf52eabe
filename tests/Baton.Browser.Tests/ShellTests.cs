using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class ShellTests(BrowserApp app)
{
    [SkippableFact]
    public async Task The_demo_agent_signs_in_and_sees_the_shell_with_their_name()
    {
        var page = await app.SignInAsync("agent");
        await Expect(page.GetByTestId("signed-in-name")).ToHaveTextAsync("Alex Rivera");
        await Expect(page.GetByTestId("signed-in-roles")).ToContainTextAsync("Agent");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "People" })).ToBeVisibleAsync();
        // Agents are not admins: the Settings page is not offered.
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Settings" })).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task A_wrong_password_keeps_you_on_the_sign_in_page_with_a_message()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/people");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("User name").FillAsync("agent");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("wrong");
    }

    [SkippableFact]
    public async Task Signing_out_returns_to_the_sign_in_page()
    {
        var page = await app.SignInAsync("teamlead");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/login", StringComparison.Ordinal));
        await page.GotoAsync("/");
        Assert.Contains("/login", page.Url, StringComparison.Ordinal);
    }
}
