using System.Globalization;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CallTests(BrowserApp app)
{
    [SkippableFact]
    public async Task The_agent_wraps_up_their_call_on_the_calls_page_and_a_missing_topic_is_refused()
    {
        // Casey took a demo call about a return and wrapped it up as not resolved.
        var page = await app.SignInAsync("casey");
        await page.OpenAsync("/interactions");
        var row = page.GetByTestId("call-row").Filter(new() { HasText = "Not resolved · returns" });
        await Expect(row).ToHaveCountAsync(1);
        var callId = await row.GetAttributeAsync("data-call-id");

        await row.GetByTestId("call-wrap-up-open").ClickAsync();
        var form = page.GetByTestId("wrap-up-form");
        await form.GetByText("Resolved the issue").ClickAsync();
        await form.GetByTestId("wrap-up-topic").FillAsync(" ");
        await form.GetByTestId("wrap-up-save").ClickAsync();
        await Expect(form.GetByTestId("wrap-up-error")).ToContainTextAsync("Name what the call was about");
        await Expect(row.GetByTestId("call-outcome")).ToHaveTextAsync("Not resolved · returns");

        await form.GetByTestId("wrap-up-topic").FillAsync("Refund Status");
        await form.GetByTestId("wrap-up-save").ClickAsync();
        await Expect(page.GetByTestId("wrap-up-form")).ToHaveCountAsync(0);
        var saved = page.Locator($"[data-testid=call-row][data-call-id='{callId}']");
        await Expect(saved.GetByTestId("call-outcome")).ToHaveTextAsync("Resolved · refund status");

        // Jordan sees Casey's call but cannot wrap it up.
        var jordan = await app.SignInAsync("jordan");
        await jordan.OpenAsync("/interactions");
        var seen = jordan.Locator($"[data-testid=call-row][data-call-id='{callId}']");
        await Expect(seen.GetByTestId("call-outcome")).ToHaveTextAsync("Resolved · refund status");
        await Expect(seen.GetByTestId("call-wrap-up-open")).ToHaveCountAsync(0);
    }

    [SkippableFact]
    public async Task Handle_time_on_a_scorecard_carries_resolution_and_the_kept_rate_beside_it()
    {
        // Reese's demo calls: a long billing call and an upgrade call, both resolved at first contact.
        var page = await app.SignInAsync("reese");
        var from = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        var to = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        await page.OpenAsync($"/scorecard?from={from}&to={to}");
        var handle = page.GetByTestId("figure-handleTime");
        await Expect(handle.GetByTestId("figure-value")).Not.ToHaveTextAsync("no data");
        await Expect(handle.GetByTestId("beside-firstContactResolution")).ToContainTextAsync("100 %");
        await Expect(handle.GetByTestId("beside-longCallsResolved")).ToBeVisibleAsync();
        await Expect(handle.GetByTestId("beside-keptRate")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("figure-csat").GetByTestId("figure-value")).ToHaveTextAsync("4.5 / 5");

        await page.GetByTestId("figure-firstContactResolution").GetByTestId("figure-open").ClickAsync();
        var drilldown = page.GetByTestId("drilldown");
        await Expect(drilldown.GetByTestId("drilldown-call")).ToHaveCountAsync(2);
        await Expect(drilldown.GetByTestId("drilldown-detail").Filter(new() { HasText = "billing" })).ToHaveCountAsync(1);
    }
}
