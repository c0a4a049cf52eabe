using Baton.Core.Commitments;
using Baton.Core.Customers;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CaseTests(BrowserApp app)
{
    [SkippableFact]
    public async Task An_agent_runs_the_product_return_on_the_desk_and_finance_sees_the_hand_off_waiting_for_acceptance()
    {
        var desk = await app.SignInAsync("agent");
        var customerName = $"Case Customer {Guid.NewGuid().ToString("N")[..8]}";
        var customerId = await CreateCustomerAsync(customerName);
        await desk.OpenAsync("/desk");

        var panel = desk.GetByTestId("case-panel");
        await panel.GetByTestId("case-customer").SelectOptionAsync(new SelectOptionValue { Label = customerName });
        await panel.GetByTestId("case-workflow").SelectOptionAsync("product-return-missing-finance-details");
        await panel.GetByTestId("start-case-button").ClickAsync();

        await Expect(panel.GetByTestId("case-node")).ToHaveTextAsync("Start the return");
        await Expect(panel.GetByTestId("case-script")).ToContainTextAsync("refund details");
        await Expect(panel.Locator("[data-testid='case-chart'] g.bf-node.highlight[data-node-id='start_return']")).ToBeVisibleAsync();

        // A missing required answer is refused and the case stays at its step.
        await panel.GetByTestId("answer-order_number").FillAsync("B-7001");
        await panel.GetByTestId("answer-order_number").PressAsync("Tab");
        await panel.GetByTestId("answer-return_reason").SelectOptionAsync("wrong_item");
        await panel.GetByTestId("outcome-next").ClickAsync();
        await Expect(panel.GetByTestId("case-error")).ToContainTextAsync("refund_details_complete");
        await Expect(panel.GetByTestId("case-node")).ToHaveTextAsync("Start the return");

        await panel.GetByTestId("answer-order_number").FillAsync("B-7001");
        await panel.GetByTestId("answer-order_number").PressAsync("Tab");
        await panel.GetByTestId("answer-return_reason").SelectOptionAsync("wrong_item");
        await panel.GetByTestId("answer-refund_details_complete").SelectOptionAsync("no");
        await panel.GetByTestId("case-sentiment").SelectOptionAsync("neutral");
        await panel.GetByTestId("case-notes").FillAsync("No IBAN at hand");
        await panel.GetByTestId("outcome-next").ClickAsync();

        await Expect(panel.GetByTestId("case-node")).ToHaveTextAsync("Tell the customer Finance will call");
        await Expect(panel.Locator("[data-testid='case-chart'] g.bf-node.highlight[data-node-id='tell_customer_finance_calls']")).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("case-commitment")).ToContainTextAsync("awaiting acceptance");
        await panel.GetByTestId("outcome-next").ClickAsync();
        await Expect(panel.GetByTestId("case-status")).ToHaveTextAsync("Waiting");
        await Expect(panel.GetByTestId("case-waiting")).ToContainTextAsync("finance.refund_details_collected");

        // The receiver is whoever HandOffToDepartment chose: Finance's on-duty lead (kendall) or its head.
        var (receiver, what) = await HandoffOfAsync(customerId);
        Assert.Contains(receiver, new[] { "kendall", "departmenthead" });
        var finance = await app.SignInAsync(receiver);
        await finance.OpenAsync("/desk");
        var row = finance.GetByTestId("commitment-row").Filter(new() { HasText = what });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row.GetByTestId("awaiting-acceptance")).ToBeVisibleAsync();
        await Expect(finance.GetByTestId("awaiting-count")).ToBeVisibleAsync();
    }

    private async Task<Guid> CreateCustomerAsync(string name)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var customer = new Customer(Guid.CreateVersion7(), name, ["+1 415 555 0199"], "case.customer@example.test", null, DateTime.UtcNow);
        db.Customers.Add(customer);
        await db.SaveChangesAsync();
        return customer.Id;
    }

    private async Task<(string UserName, string What)> HandoffOfAsync(Guid customerId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var handoff = await db.Commitments.AsNoTracking()
            .Where(c => c.Kind == CommitmentKind.Handoff && c.Promisee.Kind == PromiseeKind.Customer && c.Promisee.Id == customerId)
            .Join(db.People, c => c.OwnerId, p => p.Id, (c, p) => new { p.UserName, c.What, c.AwaitingAcceptance })
            .SingleAsync();
        Assert.True(handoff.AwaitingAcceptance);
        return (handoff.UserName, handoff.What);
    }
}
