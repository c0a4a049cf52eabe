using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Commitments;
using Baton.Core.Customers;
using Baton.Core.Organization;
using Baton.Server.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace Baton.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RoutingTests(BrowserApp app)
{
    [SkippableFact]
    public async Task A_handoff_offered_on_the_desk_counts_down_and_accepting_puts_it_in_my_commitments()
    {
        // Skips (or, under CI, fails) before the host is touched when Chromium is missing.
        await (await app.NewPageAsync()).Context.CloseAsync();
        var (departmentId, offeree) = await FloorAsync();
        var desk = await app.SignInAsync(offeree);
        await desk.OpenAsync("/desk");
        var panel = desk.GetByTestId("offers-panel");
        await Expect(panel.GetByTestId("offers-empty")).ToBeVisibleAsync();
        await Expect(panel.GetByTestId("my-presence")).ToHaveTextAsync("Available");

        var what = $"Refund for order R-{Guid.NewGuid().ToString("N")[..6]}";
        await HandOffAsync(departmentId, what);

        // The routing pass runs on the timer service; the panel is told live.
        var offer = panel.GetByTestId("offer");
        await Expect(offer.GetByTestId("offer-description")).ToContainTextAsync(what, new() { Timeout = 15_000 });
        await Expect(offer.GetByTestId("offer-countdown")).ToContainTextAsync("s left");
        await offer.GetByTestId("offer-accept").ClickAsync();

        await Expect(panel.GetByTestId("offers-empty")).ToBeVisibleAsync();
        await Expect(desk.GetByTestId("desk-mine").GetByText(what)).ToBeVisibleAsync(new() { Timeout = 15_000 });
    }

    /// <summary>A department of its own with a lead (who receives the hand-off) and one available agent, both on shift.</summary>
    private async Task<(Guid DepartmentId, string Offeree)> FloorAsync()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<Person>>();
        var now = DateTime.UtcNow;
        var department = new Department(Guid.CreateVersion7(), $"Routing {suffix}", "UTC");
        var team = new Team(Guid.CreateVersion7(), $"Routing team {suffix}", department.Id);
        var lead = Person($"lead{suffix}", Role.TeamLead);
        var agent = Person($"offer{suffix}", Role.Agent);
        team.AppointLead(lead.Id);
        db.AddRange(department, team, lead, agent);
        foreach (var person in new[] { lead, agent })
        {
            db.Shifts.Add(new Shift(Guid.CreateVersion7(), person.Id, now.AddHours(-1), now.AddHours(7), "UTC"));
        }
        // The lead holds the hand-off for the department and is on a break: the agent is the one to offer it to.
        lead.ChangePresence(Presence.Break, now);
        await db.SaveChangesAsync();
        return (department.Id, agent.UserName);

        Person Person(string userName, Role role)
        {
            var person = new Person(Guid.CreateVersion7(), userName, userName, [role], team.Id, "UTC", now.AddMinutes(-5));
            person.SetPasswordHash(hasher.HashPassword(person, BrowserApp.Password));
            person.ChangePresence(Presence.Available, now.AddMinutes(-5));
            return person;
        }
    }

    private async Task HandOffAsync(Guid departmentId, string what)
    {
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var token = await http.PostAsJsonAsync("/api/v1/auth/token", new { userName = "agent", password = BrowserApp.Password });
        token.EnsureSuccessStatusCode();
        http.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString());
        Guid customerId;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
            var customer = new Customer(Guid.CreateVersion7(), "Routing Customer", ["+1 415 555 0142"], null, null, DateTime.UtcNow);
            db.Customers.Add(customer);
            await db.SaveChangesAsync();
            customerId = customer.Id;
        }
        var created = await http.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = nameof(CommitmentKind.Handoff), promisee = new { customerId }, due = DateTime.UtcNow.AddDays(1), what, departmentId,
        });
        Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
        await using var check = app.Services.CreateAsyncScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<BatonDb>().Commitments.AnyAsync(c => c.What == what && c.AwaitingAcceptance));
    }
}
