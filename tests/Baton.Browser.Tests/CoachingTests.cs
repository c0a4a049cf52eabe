using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

/// <summary>The demo's coaching session waiting for Jordan's answer: disputed on the page, then decided by the reviewer.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CoachingTests(BrowserApp app)
{
    private const string Topic = "Following the returns workflow";

    [SkippableFact]
    public async Task An_agent_disputes_a_session_with_a_reason_and_another_lead_decides_it()
    {
        var agent = await app.SignInAsync("jordan");
        await agent.OpenAsync("/coaching");
        await agent.GetByTestId("section-mine").GetByTestId("session").Filter(new() { HasText = Topic }).GetByTestId("session-topic").ClickAsync();
        await Expect(agent.GetByTestId("session-topic")).ToHaveTextAsync(Topic);
        await Expect(agent.GetByTestId("session-status")).ToContainTextAsync("Waiting for the agent");
        await Expect(agent.GetByTestId("action-item")).ToHaveCountAsync(2);
        await Expect(agent.GetByTestId("evidence").First).ToBeVisibleAsync();

        await Expect(agent.GetByTestId("dispute")).ToBeEnabledAsync();
        await Field(agent.GetByTestId("answer"), "field-answer").FillAsync("The Finance step was not in the flow I was trained on.");
        await agent.GetByTestId("dispute").ClickAsync();
        await agent.Locator(".mud-dialog").GetByRole(AriaRole.Button, new() { Name = "Dispute" }).ClickAsync();
        await Expect(agent.GetByTestId("session-status")).ToContainTextAsync("Disputed");
        await Expect(agent.GetByTestId("reviewer")).ToHaveTextAsync("Charlie Dubois");
        await Expect(agent.GetByTestId("answer")).ToHaveCountAsync(0);

        var reviewer = await app.SignInAsync("charlie");
        await reviewer.OpenAsync("/coaching");
        await reviewer.GetByTestId("to-review").GetByTestId("session").Filter(new() { HasText = Topic }).GetByTestId("session-topic").ClickAsync();
        await Expect(reviewer.GetByTestId("review")).ToBeEnabledAsync();
        await Field(reviewer.GetByTestId("dispute-details"), "field-review-reason").FillAsync("The flow changed on the 1st; the plan stands with training.");
        await reviewer.GetByTestId("review").ClickAsync();
        await Expect(reviewer.GetByTestId("session-status")).ToContainTextAsync("Dispute reviewed");
        await Expect(reviewer.GetByTestId("review-decision")).ToContainTextAsync("Upheld by Charlie Dubois");
    }

    private static ILocator Field(ILocator scope, string testId) =>
        scope.Locator($"input[data-testid='{testId}'], textarea[data-testid='{testId}'], [data-testid='{testId}'] input, [data-testid='{testId}'] textarea").First;
}
