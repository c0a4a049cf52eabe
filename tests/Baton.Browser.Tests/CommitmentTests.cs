using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CommitmentTests(BrowserApp app)
{
    [SkippableFact]
    public async Task A_callback_promised_on_the_desk_appears_on_an_open_board_without_a_reload()
    {
        // The supervisor's Board is open before anything is promised.
        var board = await app.SignInAsync("supervisor");
        await board.OpenAsync("/board");
        await Expect(board.GetByTestId("board-totals")).ToBeVisibleAsync();
        await Expect(board.GetByTestId("download-csv")).ToBeVisibleAsync();
        var boardUrl = board.Url;

        var what = $"Call back about invoice {Guid.NewGuid().ToString("N")[..8]}";
        var desk = await app.SignInAsync("agent");
        await PromiseCallbackAsync(desk, $"Browser Customer {Guid.NewGuid().ToString("N")[..6]}", what);
        await Expect(desk.GetByTestId("commitment-row").Filter(new() { HasText = what })).ToBeVisibleAsync();

        // Pushed to the open Board: no navigation, no reload.
        await Expect(board.GetByTestId("board-item").Filter(new() { HasText = what })).ToBeVisibleAsync();
        Assert.Equal(boardUrl, board.Url);
    }

    [SkippableFact]
    public async Task A_transfer_made_on_the_detail_page_shows_in_the_custody_timeline()
    {
        var what = $"Call back about the refund {Guid.NewGuid().ToString("N")[..8]}";
        var page = await app.SignInAsync("agent");
        await PromiseCallbackAsync(page, $"Transfer Customer {Guid.NewGuid().ToString("N")[..6]}", what);
        await page.GetByTestId("commitment-row").Filter(new() { HasText = what }).GetByTestId("commitment-link").ClickAsync();
        await Expect(page.GetByTestId("commitment-what")).ToHaveTextAsync(what);
        await Expect(page.GetByTestId("custody-entry")).ToHaveCountAsync(1);

        await page.GetByTestId("facts").GetByTestId("action-transfer").ClickAsync();
        var dialog = page.GetByTestId("transfer-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.Locator(".mud-select").First.ClickAsync();
        await page.GetByText("Jordan Kim (Support Blue)").ClickAsync();
        await Field(dialog, "field-note").FillAsync("Going on break; Jordan has the details");
        // The dialog actions sit beside the content, outside the element carrying the dialog's test id.
        await page.GetByTestId("dialog-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();

        var custody = page.GetByTestId("custody");
        await Expect(custody.GetByTestId("custody-entry")).ToHaveCountAsync(2);
        await Expect(custody.GetByTestId("custody-entry").Nth(1)).ToContainTextAsync("Alex Rivera → Jordan Kim");
        await Expect(custody.GetByTestId("custody-entry").Nth(1)).ToContainTextAsync("Reassigned");
        await Expect(custody.GetByTestId("custody-entry").Nth(1)).ToContainTextAsync("Going on break; Jordan has the details");
        await Expect(page.GetByTestId("owner")).ToHaveTextAsync("Jordan Kim");
    }

    private static async Task PromiseCallbackAsync(IPage page, string customer, string what)
    {
        await page.OpenAsync("/desk");
        await page.GetByTestId("promise-callback").ClickAsync();
        var dialog = page.GetByTestId("promise-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByTestId("create-customer").ClickAsync();
        await Field(dialog, "new-customer-name").FillAsync(customer);
        await Field(dialog, "new-customer-phone").FillAsync("+1 415 555 0177");
        await Field(dialog, "field-what").FillAsync(what);
        // The dialog actions sit beside the content, outside the element carrying the dialog's test id.
        await page.GetByTestId("dialog-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>The text box of a MudBlazor field, whether the test id lands on the input or on its wrapper.</summary>
    private static ILocator Field(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;
}
