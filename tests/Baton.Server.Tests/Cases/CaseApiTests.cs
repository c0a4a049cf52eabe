using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Cases;

/// <summary>Cases through the API: effects applied in the case's transaction, refusals, timers, transfers and migration.</summary>
public abstract class CaseApiTests(BatonApp app)
{
    private const string ReturnKey = "product-return-missing-finance-details";

    private static string Unique(string prefix) => $"{prefix} {Guid.NewGuid().ToString("N")[..8]}";

    [SkippableFact]
    public async Task Missing_refund_details_hand_the_case_to_finance_awaiting_acceptance()
    {
        var agent = await app.SignInAsync("agent");
        var email = $"ada.{Guid.NewGuid():N}@example.test";
        var customerId = await CaseClient.CreateCustomerAsync(agent, Unique("Ada"), email);
        var started = await CaseClient.StartAsync(agent, customerId, ReturnKey);
        var id = started.GetProperty("id").GetGuid();
        Assert.Equal("start_return", started.GetProperty("currentNode").GetProperty("id").GetString());
        Assert.Equal(3, started.GetProperty("currentNode").GetProperty("questions").GetArrayLength());
        Assert.Contains("refund details", started.GetProperty("currentNode").GetProperty("script").GetString());
        Assert.Equal("Alex Rivera", started.GetProperty("owner").GetProperty("name").GetString());
        var now = Instants.FromTimeProvider(app.Time);

        var detail = await CaseClient.AdvanceAsync(agent, id, new
        {
            answers = new { order_number = "A-2002", return_reason = "wrong_item", refund_details_complete = false },
            notes = "Customer has no IBAN at hand",
        });

        Assert.Equal("tell_customer_finance_calls", detail.GetProperty("currentNode").GetProperty("id").GetString());
        Assert.Equal("Running", detail.GetProperty("status").GetString());
        var linked = Assert.Single(detail.GetProperty("commitments").EnumerateArray());
        var commitmentId = linked.GetProperty("id").GetGuid();
        Assert.True(linked.GetProperty("awaitingAcceptance").GetBoolean());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.TryGetProperty("commitmentId", out var c) && c.ValueKind == JsonValueKind.String
                                                                              && c.GetGuid() == commitmentId);

        await app.WithDbAsync(async db =>
        {
            var finance = await db.Departments.SingleAsync(d => d.Name == "Finance");
            var c = await db.Commitments.SingleAsync(x => x.Id == commitmentId);
            Assert.Equal(CommitmentKind.Handoff, c.Kind);
            Assert.True(c.AwaitingAcceptance);
            Assert.Equal(finance.Id, c.DepartmentId);
            Assert.Equal(new Promisee(PromiseeKind.Customer, customerId), c.Promisee);
            Assert.Equal(now.AddDays(1), c.Due);
            Assert.Contains("A-2002", c.What);
            Assert.Contains("Follow-up owner: receiver", c.Custody.Last().Note);
            var receiver = await db.People.SingleAsync(p => p.Id == c.OwnerId);
            Assert.Contains(receiver.UserName, new[] { "kendall", "departmenthead" });
            var agentId = await db.People.Where(p => p.UserName == "agent").Select(p => p.Id).SingleAsync();
            Assert.Contains(agentId, c.Watchers);
            // The acceptance SLA and due timers were scheduled in the same save.
            Assert.True(await db.Timers.AnyAsync(t => t.SubjectId == commitmentId && t.FiredAt == null && t.CancelledAt == null));
            var queued = await db.OutboxEmails.SingleAsync(e => e.To == email);
            Assert.Equal("return-label", queued.TemplateKey);
            Assert.Equal("Your return for order A-2002", queued.Subject);
            var audit = await db.AuditEvents.Where(e => e.Subject == $"case/{id:D}").Select(e => e.Type).ToListAsync();
            Assert.Equal([AuditEventType.CaseStarted, AuditEventType.CaseAdvanced], audit);
        });

        // The receiver sees it waiting for acceptance on their desk.
        var receiverName = await app.WithDbAsync(db => db.Commitments.Where(x => x.Id == commitmentId)
            .Join(db.People, x => x.OwnerId, p => p.Id, (x, p) => p.UserName).SingleAsync());
        var finance = await app.SignInAsync(receiverName);
        var desk = await finance.GetFromJsonAsync<JsonElement>("/api/v1/commitments/mine");
        Assert.Contains(desk.GetProperty("mine").EnumerateArray(), c => c.GetProperty("id").GetGuid() == commitmentId);

        detail = await CaseClient.AdvanceAsync(agent, id, new { });
        Assert.Equal("Waiting", detail.GetProperty("status").GetString());
        Assert.Equal("finance.refund_details_collected", detail.GetProperty("waitEvent").GetString());
        var wrong = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/events", new { name = "finance.something_else" });
        Assert.Equal(HttpStatusCode.Conflict, wrong.StatusCode);
        detail = await CaseClient.EventAsync(finance, id, "finance.refund_details_collected");
        Assert.Equal("Completed", detail.GetProperty("status").GetString());
        Assert.Equal("resolved", detail.GetProperty("endOutcome").GetString());
        var visits = detail.GetProperty("visits").EnumerateArray().ToList();
        Assert.Equal(7, visits.Count);
        Assert.All(visits, v => Assert.NotEqual(JsonValueKind.Null, v.GetProperty("leftAt").ValueKind));
    }

    [SkippableFact]
    public async Task An_inbound_purchase_queues_the_post_purchase_email_once_finance_confirms_the_payment()
    {
        var agent = await app.SignInAsync("agent");
        var email = $"katherine.{Guid.NewGuid():N}@example.test";
        var customerId = await CaseClient.CreateCustomerAsync(agent, Unique("Katherine"), email);
        var id = (await CaseClient.StartAsync(agent, customerId, "inbound-purchase")).GetProperty("id").GetGuid();
        await CaseClient.AdvanceAsync(agent, id, new { answers = new { product = "aero-2-pro", quantity = 2 }, outcome = "buys" });
        var waiting = await CaseClient.AdvanceAsync(agent, id, new { answers = new { email_confirmed = "yes" } });
        Assert.Equal("Waiting", waiting.GetProperty("status").GetString());
        Assert.False(await app.WithDbAsync(db => db.OutboxEmails.AnyAsync(e => e.To == email)));
        Assert.Equal("Handoff", Assert.Single(waiting.GetProperty("commitments").EnumerateArray()).GetProperty("kind").GetString());

        var done = await CaseClient.EventAsync(agent, id, "finance.payment_processed");

        Assert.Equal("sold", done.GetProperty("endOutcome").GetString());
        var queued = await app.WithDbAsync(db => db.OutboxEmails.SingleAsync(e => e.To == email));
        Assert.Equal("post-purchase", queued.TemplateKey);
        Assert.Contains(done.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("text").GetString()!.StartsWith("Email post-purchase queued", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_customer_without_email_gets_a_timeline_note_instead_of_an_email()
    {
        var agent = await app.SignInAsync("agent");
        var customerId = await CaseClient.CreateCustomerAsync(agent, Unique("Phone only"), email: null);
        var id = (await CaseClient.StartAsync(agent, customerId, ReturnKey)).GetProperty("id").GetGuid();
        var detail = await CaseClient.AdvanceAsync(agent, id, new { answers = new { order_number = "A-1", return_reason = "other", refund_details_complete = "yes" } });
        Assert.Equal("Completed", detail.GetProperty("status").GetString());
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("text").GetString()!.Contains("has no email address", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task A_refused_advance_names_the_answer_and_changes_nothing()
    {
        var agent = await app.SignInAsync("agent");
        var customerId = await CaseClient.CreateCustomerAsync(agent, Unique("Refused"));
        var id = (await CaseClient.StartAsync(agent, customerId, ReturnKey)).GetProperty("id").GetGuid();
        var before = await CaseClient.GetAsync(agent, id);
        var counts = await app.WithDbAsync(async db => (await db.Commitments.CountAsync(), await db.OutboxEmails.CountAsync(), await db.AuditEvents.CountAsync()));

        var response = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/advance",
            new { answers = new { order_number = "A-3", return_reason = "defective" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty("answers.refund_details_complete", out _), problem.ToString());
        var after = await CaseClient.GetAsync(agent, id);
        Assert.Equal(before.ToString(), after.ToString());
        Assert.Equal(counts, await app.WithDbAsync(async db => (await db.Commitments.CountAsync(), await db.OutboxEmails.CountAsync(), await db.AuditEvents.CountAsync())));

        var badChoice = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/advance",
            new { answers = new { order_number = "A-3", return_reason = "bored", refund_details_complete = "yes" } });
        Assert.Equal(HttpStatusCode.BadRequest, badChoice.StatusCode);
        Assert.Equal(before.ToString(), (await CaseClient.GetAsync(agent, id)).ToString());
    }

    [SkippableFact]
    public async Task Only_the_owner_or_their_lead_transfers_a_case_and_every_transfer_is_in_custody()
    {
        var agent = await app.SignInAsync("agent");
        var jordan = await app.SignInAsync("jordan");
        var lead = await app.SignInAsync("teamlead");
        var ids = await app.WithDbAsync(db => db.People.Where(p => p.UserName == "jordan" || p.UserName == "agent").ToDictionaryAsync(p => p.UserName, p => p.Id));
        var customerId = await CaseClient.CreateCustomerAsync(agent, Unique("Transfer"));
        var id = (await CaseClient.StartAsync(agent, customerId, ReturnKey)).GetProperty("id").GetGuid();

        var notOwner = await jordan.PostAsJsonAsync($"/api/v1/cases/{id}/transfer", new { toId = ids["jordan"], reason = "Reassigned" });
        Assert.Equal(HttpStatusCode.Forbidden, notOwner.StatusCode);
        var toSelf = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/transfer", new { toId = ids["agent"], reason = "Reassigned" });
        Assert.Equal(HttpStatusCode.BadRequest, toSelf.StatusCode);

        var moved = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/transfer", new { toId = ids["jordan"], reason = "ShiftHandover", note = "End of my shift" });
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var detail = await moved.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Jordan Kim", detail.GetProperty("owner").GetProperty("name").GetString());
        var custody = detail.GetProperty("custody").EnumerateArray().ToList();
        Assert.Equal(2, custody.Count);
        Assert.Equal("ShiftHandover", custody[1].GetProperty("reason").GetString());
        Assert.Equal("Alex Rivera", custody[1].GetProperty("from").GetProperty("name").GetString());

        // The former owner no longer works it; the new owner's lead may pass it back.
        var formerOwner = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/advance", new { answers = new { order_number = "A-4", return_reason = "other", refund_details_complete = "yes" } });
        Assert.Equal(HttpStatusCode.Forbidden, formerOwner.StatusCode);
        var back = await lead.PostAsJsonAsync($"/api/v1/cases/{id}/transfer", new { toId = ids["agent"], reason = "Reassigned" });
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);

        var listed = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/cases?owner={ids["agent"]}&status=Running");
        Assert.Contains(listed.EnumerateArray(), c => c.GetProperty("id").GetGuid() == id);
        var audit = await app.WithDbAsync(db => db.AuditEvents.CountAsync(e => e.Subject == $"case/{id:D}" && e.Type == AuditEventType.CaseTransferred));
        Assert.Equal(2, audit);
    }

    private static string WaitWorkflow(string key, int version, string waitTitle, bool withWait = true)
    {
        var lines = new List<string>
        {
            $"key: {key}", "title: Wait check", "owner: manager", $"version: {version}", "changeReason: Case tests.", "start: ask", "nodes:",
            "  - id: ask", "    kind: Step", "    title: Ask", "    script: Ask when to call.", $"    next: {(withWait ? "pause" : "call_back")}",
        };
        if (withWait)
        {
            lines.AddRange(["  - id: pause", "    kind: Wait", $"    title: {waitTitle}", "    duration: PT2H", "    next: call_back"]);
        }
        lines.AddRange([
            "  - id: call_back", "    kind: Callback", "    title: Call back", "    due: PT4H", "    what: \"Call {{fields.customer.name}} back\"", "    next: done",
            "  - id: done", "    kind: End", "    title: Done", "    outcome: callback_scheduled",
        ]);
        return string.Join('\n', lines) + "\n";
    }

    [SkippableFact]
    public async Task A_wait_is_resumed_by_its_timer_and_the_callback_it_leads_to_is_owned_by_the_case_owner()
    {
        var key = $"wait-check-{Guid.NewGuid().ToString("N")[..6]}";
        await CaseClient.PublishAsync(app, WaitWorkflow(key, 1, "Pause"), key, 1);
        var agent = await app.SignInAsync("agent");
        var customerName = Unique("Waiting");
        var customerId = await CaseClient.CreateCustomerAsync(agent, customerName);
        var id = (await CaseClient.StartAsync(agent, customerId, key)).GetProperty("id").GetGuid();
        var dispatcher = app.Services.GetRequiredService<TimerDispatcher>();

        var waiting = await CaseClient.AdvanceAsync(agent, id, new { });
        Assert.Equal("Waiting", waiting.GetProperty("status").GetString());
        var until = waiting.GetProperty("waitUntil").GetDateTime();
        Assert.Equal(Instants.FromTimeProvider(app.Time).AddHours(2), until);

        app.Time.Advance(TimeSpan.FromHours(1));
        await dispatcher.FireDueAsync();
        Assert.Equal("Waiting", (await CaseClient.GetAsync(agent, id)).GetProperty("status").GetString());

        app.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));
        await dispatcher.FireDueAsync();
        var done = await CaseClient.GetAsync(agent, id);
        Assert.Equal("Completed", done.GetProperty("status").GetString());
        Assert.Equal("callback_scheduled", done.GetProperty("endOutcome").GetString());
        Assert.Equal(["ask", "pause", "call_back", "done"], CaseClient.Path(done));
        var callback = Assert.Single(done.GetProperty("commitments").EnumerateArray());
        Assert.Equal("Callback", callback.GetProperty("kind").GetString());
        Assert.Equal("Alex Rivera", callback.GetProperty("owner").GetProperty("name").GetString());
        Assert.Equal($"Call {customerName} back", callback.GetProperty("what").GetString());
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == $"case/{id:D}").Select(e => e.Type).ToListAsync());
        Assert.Contains(AuditEventType.CaseWaitElapsed, audit);
        Assert.Contains(AuditEventType.CaseCompleted, audit);
    }

    [SkippableFact]
    public async Task A_case_migrates_only_to_a_newer_version_that_has_its_current_node()
    {
        var key = $"migrate-check-{Guid.NewGuid().ToString("N")[..6]}";
        await CaseClient.PublishAsync(app, WaitWorkflow(key, 1, "Pause"), key, 1);
        var agent = await app.SignInAsync("agent");
        var customerId = await CaseClient.CreateCustomerAsync(agent, Unique("Migrating"));
        var id = (await CaseClient.StartAsync(agent, customerId, key)).GetProperty("id").GetGuid();
        await CaseClient.AdvanceAsync(agent, id, new { });

        await CaseClient.PublishAsync(app, WaitWorkflow(key, 2, "Pause a while"), key, 2);
        // Cases in flight stay on their version until migrated.
        Assert.Equal(1, (await CaseClient.GetAsync(agent, id)).GetProperty("workflowVersion").GetInt32());
        var migrated = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/migrate", new { toVersion = 2 });
        Assert.Equal(HttpStatusCode.OK, migrated.StatusCode);
        Assert.Equal(2, (await migrated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("workflowVersion").GetInt32());

        await CaseClient.PublishAsync(app, WaitWorkflow(key, 3, "unused", withWait: false), key, 3);
        var refused = await agent.PostAsJsonAsync($"/api/v1/cases/{id}/migrate", new { toVersion = 3 });
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var after = await CaseClient.GetAsync(agent, id);
        Assert.Equal(2, after.GetProperty("workflowVersion").GetInt32());
        Assert.Equal("pause", after.GetProperty("currentNode").GetProperty("id").GetString());
    }
}

public sealed class CaseApiTestsOnSqlite(SqliteApp app) : CaseApiTests(app), IClassFixture<SqliteApp>;

public sealed class CaseApiTestsOnPostgres(PostgresApp app) : CaseApiTests(app), IClassFixture<PostgresApp>;
