using Microsoft.Playwright;

namespace Baton.Browser.Tests;

public static class PageNavigation
{
    /// <summary>
    /// Loads a signed-in page and waits for its live circuit. A click made while the prerendered page is still
    /// connecting can be lost when the circuit takes over, so tests act only once the page is interactive.
    /// </summary>
    public static async Task OpenAsync(this IPage page, string url)
    {
        await page.GotoAsync(url);
        await page.Locator("[data-interactive='true']").WaitForAsync();
    }
}
