using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class GrantTests(BrowserApp app)
{
    [SkippableFact]
    public async Task An_agent_grants_within_the_limit_at_once_asks_above_it_and_the_lead_approves_from_the_Board()
    {
        // The demo Agent policy: 25 USD goodwill credit per interaction.
        var desk = await app.SignInAsync("agent");
        await desk.OpenAsync("/desk");
        var card = desk.GetByTestId("gestures-card");
        await Expect(card.Locator("[data-testid='gesture-limit'][data-gesture='GoodwillCredit']")).ToContainTextAsync("up to 25.00 USD per interaction");

        var small = $"call-{Guid.NewGuid().ToString("N")[..8]}";
        await GrantAsync(desk, 20m, small);
        await Expect(card.GetByTestId("my-grant").Filter(new() { HasText = small })).ToHaveAttributeAsync("data-status", "Granted");

        var large = $"call-{Guid.NewGuid().ToString("N")[..8]}";
        await GrantAsync(desk, 60m, large);
        var pending = card.GetByTestId("my-grant").Filter(new() { HasText = large });
        await Expect(pending).ToHaveAttributeAsync("data-status", "Pending");
        await Expect(pending.GetByTestId("my-grant-status")).ToHaveTextAsync("Waiting for approval");

        // The agent's team lead finds it waiting on the Board and approves it.
        var board = await app.SignInAsync("teamlead");
        await board.OpenAsync("/board");
        var approval = board.GetByTestId("approval").Filter(new() { HasText = large });
        await Expect(approval).ToContainTextAsync("Alex Rivera asks to give 60.00 USD goodwill credit");
        await approval.GetByTestId("approve-grant").ClickAsync();
        await Expect(approval).ToHaveCountAsync(0);

        // The agent's open Desk shows it approved without a reload, and so does the Grants page.
        await Expect(pending).ToHaveAttributeAsync("data-status", "Approved");
        await desk.OpenAsync("/grants");
        var row = desk.GetByTestId("grant-row").Filter(new() { HasText = large });
        await Expect(row).ToHaveAttributeAsync("data-status", "Approved");
        await Expect(row).ToContainTextAsync("Taylor Brooks");
    }

    private static async Task GrantAsync(IPage page, decimal amount, string reference)
    {
        await page.GetByTestId("grant-gesture").ClickAsync();
        var dialog = page.GetByTestId("grant-dialog");
        await Expect(dialog).ToBeVisibleAsync();
        await Field(dialog, "field-amount").FillAsync(amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Field(dialog, "field-referenceId").FillAsync(reference);
        await Field(dialog, "field-reason").FillAsync("Parcel arrived damaged");
        // The dialog actions sit beside the content, outside the element carrying the dialog's test id.
        await page.GetByTestId("dialog-save").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>The text box of a MudBlazor field, whether the test id lands on the input or on its wrapper.</summary>
    private static ILocator Field(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;
}
