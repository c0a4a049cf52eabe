using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Organization;
using Baton.Core.Telephony;
using Baton.Server.Features.Commitments;
using Baton.Server.Features.Telephony;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Telephony;

public abstract class TelephonyWebhookTests(BatonApp app)
{
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;

    private static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";

    private async Task<(TelephonyClient Pbx, string Queue)> SetUpAsync(string department = "Support")
    {
        var pbx = await TelephonyClient.CreateAsync(app);
        var queue = Unique("q");
        await TelephonyClient.DefineQueueAsync(app, queue, department);
        return (pbx, queue);
    }

    [SkippableFact]
    public async Task Events_without_a_valid_signature_are_refused_with_401_and_change_nothing()
    {
        var (pbx, queue) = await SetUpAsync();
        var callId = Unique("call");
        var body = TelephonyClient.Body("call.queued", callId, Now, queue: queue);

        Assert.Equal(HttpStatusCode.Unauthorized, (await pbx.PostAsync(body, signature: "")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await pbx.PostAsync(body, signature: "sha256=" + new string('0', 64))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await pbx.PostAsync(body, signature: WebhookSignature.Sign(Encoding.UTF8.GetBytes(body + " "), pbx.SigningSecret))).StatusCode);
        var other = await TelephonyClient.CreateAsync(app, "another pbx");
        Assert.Equal(HttpStatusCode.Unauthorized, (await pbx.PostAsync(body, signature: WebhookSignature.Sign(Encoding.UTF8.GetBytes(body), other.SigningSecret))).StatusCode);
        // A person's token cannot post call events, and without a token nobody can.
        var admin = await app.SignInAsync("admin");
        var asAdmin = new TelephonyClient(admin, pbx.SigningSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await asAdmin.PostAsync(body)).StatusCode);
        var anonymous = new TelephonyClient(app.Anonymous(), pbx.SigningSecret);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync(body)).StatusCode);

        Assert.False(await app.WithDbAsync(db => db.CallEvents.AnyAsync(e => e.CallId == callId)));
        Assert.False(await app.WithDbAsync(db => db.Interactions.AnyAsync(i => i.CallId == callId)));

        // The same body, signed right, is accepted, in hex or in base64url (as Kamailio's crypto module writes it).
        var mac = Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData(Encoding.UTF8.GetBytes(pbx.SigningSecret), Encoding.UTF8.GetBytes(body)))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(HttpStatusCode.OK, (await pbx.PostAsync(body, signature: "sha256=" + mac)).StatusCode);
    }

    [SkippableFact]
    public async Task A_waiting_call_is_queued_for_routing_and_leaves_the_queue_when_answered_or_abandoned()
    {
        var (pbx, queue) = await SetUpAsync();
        var answered = Unique("call");
        var abandoned = Unique("call");
        // Callers of their own, so their callbacks do not count for the other tests' customers.
        await pbx.SendAsync(TelephonyClient.Body("call.queued", answered, Now, caller: "+12025550177", queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.queued", abandoned, Now, caller: "+12025550178", queue: queue));
        async Task<List<(Baton.Core.Routing.WorkItemKind Kind, string Status)>> ItemsAsync(string callId) => await app.WithDbAsync(async db =>
        {
            var id = await db.Interactions.Where(i => i.CallId == callId).Select(i => i.Id).SingleAsync();
            return (await db.WorkItems.AsNoTracking().Where(w => w.ReferenceId == id).ToListAsync()).Select(w => (w.Kind, w.Status.ToString())).ToList();
        });
        Assert.Equal([(Baton.Core.Routing.WorkItemKind.InboundCall, "Queued")], await ItemsAsync(answered));

        await pbx.SendAsync(TelephonyClient.Body("call.answered", answered, Now.AddSeconds(8), caller: "+12025550177", queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.abandoned", abandoned, Now.AddSeconds(30), caller: "+12025550178", queue: queue));

        Assert.Equal([(Baton.Core.Routing.WorkItemKind.InboundCall, "Withdrawn")], await ItemsAsync(answered));
        Assert.Equal([(Baton.Core.Routing.WorkItemKind.InboundCall, "Withdrawn")], await ItemsAsync(abandoned));
    }

    [SkippableFact]
    public async Task A_redelivery_changes_nothing()
    {
        var (pbx, queue) = await SetUpAsync();
        var callId = Unique("call");
        var queued = TelephonyClient.Body("call.queued", callId, Now, queue: queue);
        var abandoned = TelephonyClient.Body("call.abandoned", callId, Now.AddSeconds(20), queue: queue);
        await pbx.SendAsync(queued);
        var first = await pbx.SendAsync(abandoned);
        Assert.False(first.GetProperty("duplicate").GetBoolean());
        var callbackId = first.GetProperty("callbackId").GetGuid();
        int AuditCount(Baton.Server.Data.BatonDb db) => db.AuditEvents.Count(a => a.Subject.StartsWith("interaction/"));
        var auditBefore = await app.WithDbAsync(db => Task.FromResult(AuditCount(db)));

        var again = await pbx.SendAsync(abandoned);
        var queuedAgain = await pbx.SendAsync(queued);

        Assert.True(again.GetProperty("duplicate").GetBoolean());
        Assert.True(queuedAgain.GetProperty("duplicate").GetBoolean());
        Assert.Equal(callbackId, again.GetProperty("callbackId").GetGuid());
        Assert.Equal(2, await app.WithDbAsync(db => db.CallEvents.CountAsync(e => e.CallId == callId)));
        Assert.Equal(1, await app.WithDbAsync(db => db.Interactions.CountAsync(i => i.CallId == callId)));
        Assert.Equal(auditBefore, await app.WithDbAsync(db => Task.FromResult(AuditCount(db))));
        var customerId = await app.WithDbAsync(db => db.Interactions.Where(i => i.CallId == callId).Select(i => i.CustomerId).SingleAsync());
        Assert.Equal(1, await app.WithDbAsync(db => db.Commitments.CountAsync(c => c.Promisee.Kind == PromiseeKind.Customer && c.Promisee.Id == customerId!.Value)));

        // An explicit delivery id wins over the derived one: the same id with the same event is a redelivery.
        var other = Unique("call");
        var ringing = TelephonyClient.Body("call.ringing", other, Now, queue: queue);
        Assert.Equal(HttpStatusCode.OK, (await pbx.PostAsync(ringing, deliveryId: "delivery-1-" + other)).StatusCode);
        var resent = await pbx.PostAsync(ringing, deliveryId: "delivery-1-" + other);
        Assert.True((await resent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("duplicate").GetBoolean());
    }

    [SkippableFact]
    public async Task Events_arriving_out_of_order_are_reconciled_by_their_own_timestamps()
    {
        var (pbx, queue) = await SetUpAsync();
        var callId = Unique("call");
        var t0 = Now.AddMinutes(-5);
        // Arrival order: answered, hungup, queued, then a ringing stamped after the hang-up.
        await pbx.SendAsync(TelephonyClient.Body("call.answered", callId, t0.AddSeconds(42.5), queue: queue, agent: "jordan"));
        await pbx.SendAsync(TelephonyClient.Body("call.hungup", callId, t0.AddSeconds(162.5), queue: queue, by: "+12025550100"));
        await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, t0, queue: queue));
        var last = await pbx.SendAsync(TelephonyClient.Body("call.ringing", callId, t0.AddSeconds(170), queue: queue));

        Assert.Equal("Completed", last.GetProperty("status").GetString());
        var agent = await app.SignInAsync("agent");
        var detail = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/interactions/{last.GetProperty("interactionId").GetGuid()}");
        var call = detail.GetProperty("interaction");
        Assert.Equal(42.5, call.GetProperty("waitSeconds").GetDouble(), 3);
        Assert.Equal(120, call.GetProperty("talkSeconds").GetDouble(), 3);
        Assert.Equal("Completed", call.GetProperty("status").GetString());
        Assert.Equal("Jordan Kim", call.GetProperty("agentName").GetString());
        Assert.Equal("+12025550100", call.GetProperty("hungUpBy").GetString());
        Assert.Equal(["call.queued", "call.answered", "call.hungup", "call.ringing"],
            detail.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event").GetString()));
        Assert.Equal(JsonValueKind.Null, call.GetProperty("callbackId").ValueKind);
    }

    [SkippableFact]
    public async Task An_answered_call_pops_up_on_the_agents_desk_with_the_customers_open_promises_and_moves_their_presence()
    {
        var (pbx, queue) = await SetUpAsync();
        var agent = await app.SignInAsync("casey");
        var number = $"+1 (202) 555-{Random.Shared.Next(1000, 9999)}";
        var created = await agent.PostAsJsonAsync("/api/v1/customers", new { name = "Pat Caller", phone = number });
        var customerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var promise = await agent.PostAsJsonAsync("/api/v1/commitments",
            new { kind = "Callback", promisee = new { customerId }, due = Now.AddHours(3), what = "Confirm the refund arrived" });
        promise.EnsureSuccessStatusCode();
        var callId = Unique("call");
        // The PBX writes the number differently: national digits only.
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray())[1..];

        Assert.Equal(HttpStatusCode.NoContent, (await agent.GetAsync("/api/v1/interactions/screen-pop")).StatusCode);
        await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, Now.AddSeconds(-30), caller: digits, queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.answered", callId, Now, caller: digits, queue: queue, agent: "casey"));

        var pop = await agent.GetFromJsonAsync<JsonElement>("/api/v1/interactions/screen-pop");
        Assert.Equal("Pat Caller", pop.GetProperty("call").GetProperty("customerName").GetString());
        Assert.Equal(customerId, pop.GetProperty("call").GetProperty("customerId").GetGuid());
        Assert.Equal("Confirm the refund arrived", Assert.Single(pop.GetProperty("openCommitments").EnumerateArray()).GetProperty("what").GetString());
        Assert.Equal(Presence.OnCall, await PresenceOfAsync("casey"));

        await pbx.SendAsync(TelephonyClient.Body("call.hungup", callId, Now.AddSeconds(90), caller: digits, queue: queue, by: "casey"));
        Assert.Equal(Presence.WrapUp, await PresenceOfAsync("casey"));
        Assert.Equal(HttpStatusCode.NoContent, (await agent.GetAsync("/api/v1/interactions/screen-pop")).StatusCode);
        var caseyId = await app.WithDbAsync(db => db.People.Where(p => p.UserName == "casey").Select(p => p.Id).SingleAsync());
        var presenceAudit = await app.WithDbAsync(db => db.AuditEvents
            .Where(a => a.Subject == $"person/{caseyId:D}" && a.Type == AuditEventType.PresenceChanged).CountAsync());
        Assert.Equal(2, presenceAudit);
    }

    [SkippableFact]
    public async Task A_dropped_call_gets_a_reconnect_callback_owned_by_the_same_agent_at_once()
    {
        var (pbx, queue) = await SetUpAsync();
        var callId = Unique("call");
        var caller = $"+4930{Random.Shared.Next(100000, 999999)}";
        await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, Now.AddSeconds(-60), caller: caller, queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.answered", callId, Now.AddSeconds(-40), caller: caller, queue: queue, agent: "riley"));
        var dropped = await pbx.SendAsync(TelephonyClient.Body("call.dropped", callId, Now, caller: caller, queue: queue));

        var callbackId = dropped.GetProperty("callbackId").GetGuid();
        var riley = await app.WithDbAsync(db => db.People.SingleAsync(p => p.UserName == "riley"));
        var commitment = await app.WithDbAsync(db => db.Commitments.SingleAsync(c => c.Id == callbackId));
        Assert.Equal(CommitmentKind.Callback, commitment.Kind);
        Assert.Equal(riley.Id, commitment.OwnerId);
        Assert.Equal(PromiseeKind.Customer, commitment.Promisee.Kind);
        Assert.Equal(Now.AddMinutes(5), commitment.Due, TimeSpan.FromSeconds(1));
        Assert.Contains("dropped while Riley Okafor was talking", commitment.Timeline[0].Text, StringComparison.Ordinal);
        // The caller was not known: Baton made the customer from the number.
        var customer = await app.WithDbAsync(db => db.Customers.SingleAsync(c => c.Id == commitment.Promisee.Id));
        Assert.Equal([caller], customer.Phones);
        Assert.Equal(Presence.WrapUp, riley.Presence);
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(a => a.Subject == $"commitment/{callbackId:D}").Select(a => a.Type).ToListAsync());
        Assert.Contains(AuditEventType.CommitmentCreated, audit);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(a => a.Type == AuditEventType.InteractionCallbackPromised && a.After!.Contains(callbackId.ToString()))));
        Assert.True(await app.WithDbAsync(db => db.Timers.AnyAsync(t => t.SubjectId == callbackId)));
    }

    [SkippableFact]
    public async Task Abandoned_and_failed_calls_get_a_callback_owned_by_the_on_duty_lead_of_the_queues_department()
    {
        var (pbx, queue) = await SetUpAsync("Finance");
        var abandonedCall = Unique("call");
        var failedCall = Unique("call");
        await pbx.SendAsync(TelephonyClient.Body("call.queued", abandonedCall, Now.AddSeconds(-95), caller: "+12025550177", queue: queue));
        var abandoned = await pbx.SendAsync(TelephonyClient.Body("call.abandoned", abandonedCall, Now, caller: "+12025550177", queue: queue));
        await pbx.SendAsync(TelephonyClient.Body("call.queued", failedCall, Now.AddSeconds(-2), caller: "+12025550178", queue: queue));
        var failed = await pbx.SendAsync(TelephonyClient.Body("call.failed", failedCall, Now, caller: "+12025550178", queue: queue, code: "486"));

        var finance = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "Finance").Select(d => d.Id).SingleAsync());
        var lead = await app.WithDbAsync(db => Leadership.OnDutyLeadAsync(db, finance, Now, CancellationToken.None));
        Assert.NotNull(lead);
        var first = await app.WithDbAsync(db => db.Commitments.SingleAsync(c => c.Id == abandoned.GetProperty("callbackId").GetGuid()));
        var second = await app.WithDbAsync(db => db.Commitments.SingleAsync(c => c.Id == failed.GetProperty("callbackId").GetGuid()));
        Assert.All(new[] { first, second }, c =>
        {
            Assert.Equal(CommitmentKind.Callback, c.Kind);
            Assert.Equal(lead, c.OwnerId);
            Assert.Equal(Now.AddMinutes(30), c.Due, TimeSpan.FromSeconds(1));
            Assert.Contains("on-duty lead, who may assign it", c.Timeline[0].Text, StringComparison.Ordinal);
        });
        Assert.Contains("gave up in queue", first.What, StringComparison.Ordinal);
        Assert.Contains("after waiting 1 min 35 s", first.What, StringComparison.Ordinal);
        Assert.Contains("SIP 486", second.What, StringComparison.Ordinal);
        var interaction = await app.WithDbAsync(db => db.Interactions.SingleAsync(i => i.CallId == failedCall));
        Assert.Equal(CallStatus.Failed, interaction.Status);
        Assert.Equal(486, interaction.FailureCode);
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.PersonId == lead && n.CommitmentId == first.Id)));
    }

    [SkippableFact]
    public async Task Bad_events_are_refused_naming_the_field()
    {
        var (pbx, queue) = await SetUpAsync();
        await RefusedAsync(pbx, TelephonyClient.Body("call.exploded", "c1", Now, queue: queue), "event");
        await RefusedAsync(pbx, TelephonyClient.Body("call.queued", "c1", Now, queue: "no-such-queue"), "queue");
        await RefusedAsync(pbx, TelephonyClient.Body("call.queued", "c1", Now.AddDays(3), queue: queue), "pbx_ts");
        await RefusedAsync(pbx, TelephonyClient.Body("call.failed", "c1", Now, queue: queue, code: "99"), "code");
        await RefusedAsync(pbx, TelephonyClient.Body("call.transferred", "c1", Now, queue: queue), "target_queue");
        await RefusedAsync(pbx, "[1, 2]", "body");
    }

    [SkippableFact]
    public async Task Queue_menus_are_validated_and_the_board_report_counts_calls_transferred_to_another_department_per_option()
    {
        var pbx = await TelephonyClient.CreateAsync(app);
        var departments = await app.WithDbAsync(db => db.Departments.ToDictionaryAsync(d => d.Name, d => d.Id));
        var manager = await app.SignInAsync("manager");
        var mainQueue = Unique("ivr");
        var duplicate = await manager.PutAsJsonAsync($"/api/v1/telephony/queues/{mainQueue}", new
        {
            departmentId = departments["Support"],
            menu = new[] { new { choice = "1", label = "Billing", departmentId = departments["Finance"] }, new { choice = "1", label = "Again", departmentId = departments["Support"] } },
        });
        await RefusedAsync(duplicate, "menu[1].choice");
        var unknownDepartment = await manager.PutAsJsonAsync($"/api/v1/telephony/queues/{mainQueue}", new
        {
            departmentId = departments["Support"], menu = new[] { new { choice = "1", label = "Billing", departmentId = Guid.NewGuid() } },
        });
        await RefusedAsync(unknownDepartment, "menu[0].departmentId");
        var agent = await app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync($"/api/v1/telephony/queues/{mainQueue}", new { departmentId = departments["Support"] })).StatusCode);

        await TelephonyClient.DefineQueueAsync(app, mainQueue, "Support", ("1", "Finance"), ("2", "Tech Support"));
        var financeQueue = Unique("fin");
        var techQueue = Unique("tech");
        await TelephonyClient.DefineQueueAsync(app, financeQueue, "Finance");
        await TelephonyClient.DefineQueueAsync(app, techQueue, "Tech Support");
        var queues = await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/telephony/queues");
        var defined = Assert.Single(queues!, q => q.GetProperty("name").GetString() == mainQueue);
        Assert.Equal(["Finance", "Tech Support"], defined.GetProperty("menu").EnumerateArray().Select(o => o.GetProperty("departmentName").GetString()));

        async Task CallAsync(string option, string? transferTo)
        {
            var callId = Unique("call");
            await pbx.SendAsync(TelephonyClient.Body("call.queued", callId, Now, queue: mainQueue, menuOption: option));
            await pbx.SendAsync(TelephonyClient.Body("call.answered", callId, Now.AddSeconds(5), queue: mainQueue, agent: "jordan"));
            if (transferTo is not null)
            {
                await pbx.SendAsync(TelephonyClient.Body("call.transferred", callId, Now.AddSeconds(20), queue: mainQueue, targetQueue: transferTo));
            }
        }
        await CallAsync("1", techQueue);      // meant for Finance, ended up in Tech Support: misrouted
        await CallAsync("1", financeQueue);   // transferred, but to the department the option meant: fine
        await CallAsync("1", null);
        await CallAsync("2", financeQueue);   // meant for Tech Support, went to Finance: misrouted

        var report = await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/telephony/misrouting?days=1");
        var one = Assert.Single(report!, r => r.GetProperty("queue").GetString() == mainQueue && r.GetProperty("choice").GetString() == "1");
        Assert.Equal(3, one.GetProperty("calls").GetInt32());
        Assert.Equal(1, one.GetProperty("misrouted").GetInt32());
        Assert.Equal([techQueue], one.GetProperty("transferredTo").EnumerateArray().Select(t => t.GetString()));
        var two = Assert.Single(report!, r => r.GetProperty("queue").GetString() == mainQueue && r.GetProperty("choice").GetString() == "2");
        Assert.Equal(1, two.GetProperty("misrouted").GetInt32());
    }

    private async Task<Presence> PresenceOfAsync(string userName) =>
        await app.WithDbAsync(db => db.People.Where(p => p.UserName == userName).Select(p => p.Presence).SingleAsync());

    private static async Task RefusedAsync(TelephonyClient pbx, string body, string field) => await RefusedAsync(await pbx.PostAsync(body), field);

    private static async Task RefusedAsync(HttpResponseMessage response, string field)
    {
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {problem}");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on '{field}': {problem}");
    }
}

public sealed class TelephonyWebhookTestsOnSqlite(SqliteApp app) : TelephonyWebhookTests(app), IClassFixture<SqliteApp>;

public sealed class TelephonyWebhookTestsOnPostgres(PostgresApp app) : TelephonyWebhookTests(app), IClassFixture<PostgresApp>;
