using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Baton.Core.Audit;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Commitments;

public abstract partial class CommitmentApiTests(BatonApp app)
{
    private readonly CommitmentLedger _ledger = new(app);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex UtcInstant();

    [SkippableFact]
    public async Task A_promise_is_created_with_its_custody_audit_and_contract()
    {
        var agent = await app.SignInAsync("agent");
        var agentId = await _ledger.PersonAsync("agent");

        var c = await _ledger.PromiseAsync(agent, "Callback");

        Assert.Equal(JsonValueKind.String, c.GetProperty("id").ValueKind);
        Assert.Equal("Callback", c.GetProperty("kind").GetString());
        Assert.Equal("Open", c.GetProperty("status").GetString());
        Assert.Equal(agentId, c.GetProperty("ownerId").GetGuid());
        Assert.Equal("Alex Rivera", c.GetProperty("ownerName").GetString());
        Assert.Matches(UtcInstant(), c.GetProperty("due").GetString()!);
        Assert.Equal("Customer", c.GetProperty("promisee").GetProperty("kind").GetString());
        Assert.Equal("Pat Customer", c.GetProperty("promisee").GetProperty("name").GetString());
        var custody = Assert.Single(c.GetProperty("custody").EnumerateArray());
        Assert.Equal("Assigned", custody.GetProperty("reason").GetString());
        Assert.Equal(agentId, custody.GetProperty("toId").GetGuid());
        Assert.Equal(3, c.GetProperty("attemptPolicy").GetProperty("minAttempts").GetInt32());
        Assert.False(c.GetProperty("attemptPolicy").GetProperty("isSatisfied").GetBoolean());
        Assert.Equal([AuditEventType.CommitmentCreated], await _ledger.AuditTypesAsync(Id(c)));

        var read = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/{Id(c)}");
        Assert.Equal(Id(c), read.GetProperty("id").GetGuid());
        Assert.Equal("Created", read.GetProperty("timeline")[0].GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await agent.GetAsync($"/api/v1/commitments/{Guid.NewGuid()}")).StatusCode);
    }

    [SkippableFact]
    public async Task An_integration_creates_a_customer_and_a_commitment_with_the_documented_contract()
    {
        var admin = await app.SignInAsync("admin");
        var created = await OkAsync(await admin.PostAsJsonAsync("/api/v1/settings/api-tokens", new { name = "crm" }), HttpStatusCode.Created);
        var crm = app.Anonymous();
        crm.DefaultRequestHeaders.Authorization = new("Bearer", created.GetProperty("token").GetString());
        var customerId = await _ledger.CustomerAsync(crm, "Robin Integration");
        var agentId = await _ledger.PersonAsync("agent");

        var response = await crm.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Callback", ownerId = agentId, promisee = new { customerId }, due = "2026-03-05T10:30:00Z", what = "Call about the invoice",
        });

        var body = await OkAsync(response, HttpStatusCode.Created);
        Assert.Equal($"/api/v1/commitments/{Id(body)}", response.Headers.Location!.OriginalString);
        Assert.Equal(JsonValueKind.String, body.GetProperty("id").ValueKind);
        Assert.Equal("Callback", body.GetProperty("kind").GetString());
        Assert.Equal("Open", body.GetProperty("status").GetString());
        Assert.Equal(agentId.ToString("D"), body.GetProperty("ownerId").GetString());
        Assert.Equal("2026-03-05T10:30:00Z", body.GetProperty("due").GetString());
        Assert.Equal(customerId.ToString("D"), body.GetProperty("promisee").GetProperty("id").GetString());
        Assert.Equal("Assigned", body.GetProperty("custody")[0].GetProperty("reason").GetString());
        Assert.Equal("integration:crm", body.GetProperty("custody")[0].GetProperty("actorName").GetString());
        // The owner is told; the integration can read it back and find it by promisee.
        Assert.Contains(await _ledger.NotificationsAsync(Id(body)), n => n.PersonId == agentId);
        Assert.Equal(HttpStatusCode.OK, (await crm.GetAsync($"/api/v1/commitments/{Id(body)}")).StatusCode);
        var page = await crm.GetFromJsonAsync<JsonElement>($"/api/v1/commitments?promisee={customerId}");
        Assert.Equal(Id(body), Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        // Integrations do not work the ledger like people.
        Assert.Equal(HttpStatusCode.Forbidden, (await crm.GetAsync("/api/v1/commitments/board")).StatusCode);
    }

    [SkippableFact]
    public async Task A_promise_to_someone_who_does_not_exist_or_for_a_missing_owner_is_refused()
    {
        var agent = await app.SignInAsync("agent");
        var count = await CountAsync();

        await RefusedAsync(await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Callback", promisee = new { customerId = Guid.NewGuid() }, due = _ledger.Now.AddDays(1).UtcDateTime, what = "x",
        }), HttpStatusCode.BadRequest, "promisee");
        await RefusedAsync(await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Callback", promisee = new { }, due = _ledger.Now.AddDays(1).UtcDateTime, what = "x",
        }), HttpStatusCode.BadRequest, "promisee");
        var admin = await app.SignInAsync("admin");
        await RefusedAsync(await admin.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Callback", ownerId = Guid.NewGuid(), promisee = new { teamId = Guid.NewGuid() }, due = _ledger.Now.AddDays(1).UtcDateTime, what = "x",
        }), HttpStatusCode.BadRequest, "ownerId");
        await RefusedAsync(await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "FollowUp", promisee = new { departmentId = await _ledger.DepartmentAsync("Finance") }, due = _ledger.Now.AddMinutes(-1).UtcDateTime, what = "x",
        }), HttpStatusCode.BadRequest, "due");

        Assert.Equal(count, await CountAsync());
    }

    [SkippableFact]
    public async Task People_promise_for_themselves_and_leads_for_the_people_they_lead()
    {
        var agent = await app.SignInAsync("agent");
        var jordanId = await _ledger.PersonAsync("jordan");
        var count = await CountAsync();

        await RefusedAsync(await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "FollowUp", ownerId = jordanId, promisee = new { customerId = await _ledger.CustomerAsync(agent) },
            due = _ledger.Now.AddDays(1).UtcDateTime, what = "x",
        }), HttpStatusCode.Forbidden, "ownerId");
        Assert.Equal(count, await CountAsync());

        var lead = await app.SignInAsync("teamlead");
        var made = await _ledger.PromiseAsync(lead, ownerId: jordanId, promisee: new { teamId = await TeamIdAsync(lead, "Support Blue") });
        Assert.Equal(jordanId, made.GetProperty("ownerId").GetGuid());
        Assert.Equal("Support Blue", made.GetProperty("promisee").GetProperty("name").GetString());
    }

    [SkippableFact]
    public async Task Closing_without_an_outcome_is_refused_and_changes_nothing_then_it_closes_kept()
    {
        var agent = await app.SignInAsync("agent");
        var c = await _ledger.PromiseAsync(agent);
        var before = await _ledger.SnapshotAsync(Id(c));

        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/close", new { reason = "done" }), HttpStatusCode.BadRequest, "outcome");
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/close", new { outcome = "Broken" }), HttpStatusCode.BadRequest, "reason");
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/close", new { outcome = "Cancelled", reason = "not needed" }),
            HttpStatusCode.BadRequest, "agreedBy");
        Assert.Equal(before, await _ledger.SnapshotAsync(Id(c)));

        var closed = await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/close", new { outcome = "Kept" }));
        Assert.Equal("Closed", closed.GetProperty("status").GetString());
        Assert.Equal("Kept", closed.GetProperty("outcome").GetString());
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/close", new { outcome = "Kept" }), HttpStatusCode.Conflict);
        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentClosed], await _ledger.AuditTypesAsync(Id(c)));
    }

    [SkippableFact]
    public async Task Only_the_owner_or_their_lead_may_transfer()
    {
        var agent = await app.SignInAsync("agent");
        var c = await _ledger.PromiseAsync(agent);
        var jordanId = await _ledger.PersonAsync("jordan");
        var caseyId = await _ledger.PersonAsync("casey");
        var before = await _ledger.SnapshotAsync(Id(c));

        var jordan = await app.SignInAsync("jordan");
        await RefusedAsync(await jordan.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/transfer", new { toId = jordanId, reason = "Reassigned" }),
            HttpStatusCode.Forbidden, "actorId");
        // A lead of another department is not the agent's lead.
        var kendall = await app.SignInAsync("kendall");
        await RefusedAsync(await kendall.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/transfer", new { toId = jordanId }), HttpStatusCode.Forbidden);
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/transfer", new { toId = Guid.NewGuid() }), HttpStatusCode.BadRequest, "toId");
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/transfer", new { toId = jordanId, reason = "Accepted" }),
            HttpStatusCode.BadRequest, "reason");
        Assert.Equal(before, await _ledger.SnapshotAsync(Id(c)));

        var lead = await app.SignInAsync("teamlead");
        var moved = await OkAsync(await lead.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/transfer",
            new { toId = jordanId, reason = "ShiftHandover", note = "Alex's shift ends" }));
        Assert.Equal(jordanId, moved.GetProperty("ownerId").GetGuid());
        var last = moved.GetProperty("custody")[1];
        Assert.Equal(("ShiftHandover", "Alex's shift ends", "Taylor Brooks"),
            (last.GetProperty("reason").GetString(), last.GetProperty("note").GetString(), last.GetProperty("actorName").GetString()));
        // The supervisor of the owner's department leads them too.
        var supervisor = await app.SignInAsync("supervisor");
        await OkAsync(await supervisor.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/transfer", new { toId = caseyId, reason = "Escalated" }));
        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentTransferred, AuditEventType.CommitmentTransferred],
            await _ledger.AuditTypesAsync(Id(c)));
        Assert.Contains(await _ledger.NotificationsAsync(Id(c)), n => n.PersonId == jordanId);
    }

    [SkippableFact]
    public async Task Unreachable_needs_the_attempts_its_policy_requires()
    {
        var agent = await app.SignInAsync("agent");
        var callback = await _ledger.PromiseAsync(agent, "Callback");
        var before = await _ledger.SnapshotAsync(Id(callback));

        var problem = await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(callback)}/close", new { unreachable = true }),
            HttpStatusCode.BadRequest, "attempts");
        Assert.Contains("0 of 3 phone attempts", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await _ledger.SnapshotAsync(Id(callback)));

        // One failed try of any kind is enough for a follow-up.
        var followUp = await _ledger.PromiseAsync(agent, "FollowUp");
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(followUp)}/attempts", new { channel = "Email", result = "Voicemail" }),
            HttpStatusCode.BadRequest, "result");
        var tried = await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(followUp)}/attempts",
            new { channel = "Phone", result = "NoAnswer", note = "Rang out" }));
        Assert.Equal("InProgress", tried.GetProperty("status").GetString());
        Assert.Equal("NoAnswer", tried.GetProperty("attempts")[0].GetProperty("result").GetString());
        Assert.True(tried.GetProperty("attemptPolicy").GetProperty("isSatisfied").GetBoolean());
        var closed = await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(followUp)}/close", new { unreachable = true, reason = "No reply" }));
        Assert.Equal(("Broken", true), (closed.GetProperty("outcome").GetString(), closed.GetProperty("closedUnreachable").GetBoolean()));
        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentAttemptRecorded, AuditEventType.CommitmentClosed],
            await _ledger.AuditTypesAsync(Id(followUp)));
    }

    [SkippableFact]
    public async Task A_hand_off_goes_to_the_named_member_or_the_on_duty_lead_and_a_rejection_returns_it()
    {
        var agent = await app.SignInAsync("agent");
        var agentId = await _ledger.PersonAsync("agent");

        // kendall (Finance's team lead) is off shift; nobody supervises Finance; its head Dana is on shift.
        var toLead = await _ledger.HandoffToFinanceAsync(agent);
        Assert.Equal(await _ledger.PersonAsync("departmenthead"), toLead.GetProperty("ownerId").GetGuid());
        Assert.True(toLead.GetProperty("awaitingAcceptance").GetBoolean());
        Assert.Equal("Finance", toLead.GetProperty("departmentName").GetString());
        Assert.Equal(agentId, toLead.GetProperty("watchers")[0].GetProperty("id").GetGuid());

        var named = await _ledger.HandoffToFinanceAsync(agent, "quincy");
        var quincyId = await _ledger.PersonAsync("quincy");
        Assert.Equal(quincyId, named.GetProperty("ownerId").GetGuid());
        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentHandedOff], await _ledger.AuditTypesAsync(Id(named)));

        // An existing follow-up handed off later; the receiver must belong to the department.
        var followUp = await _ledger.PromiseAsync(agent);
        var before = await _ledger.SnapshotAsync(Id(followUp));
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(followUp)}/handoff",
            new { departmentId = await _ledger.DepartmentAsync("Finance"), receiverId = await _ledger.PersonAsync("jordan") }), HttpStatusCode.BadRequest, "receiverId");
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(followUp)}/handoff", new { departmentId = Guid.NewGuid() }),
            HttpStatusCode.BadRequest, "departmentId");
        Assert.Equal(before, await _ledger.SnapshotAsync(Id(followUp)));
        var handed = await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(followUp)}/handoff",
            new { departmentId = await _ledger.DepartmentAsync("Finance"), receiverId = await _ledger.PersonAsync("marlow"), note = "Bank details" }));
        Assert.Equal(await _ledger.PersonAsync("marlow"), handed.GetProperty("ownerId").GetGuid());

        // The receiver rejects: it goes back to the sender, who keeps watching.
        var quincy = await app.SignInAsync("quincy");
        await RefusedAsync(await quincy.PostAsJsonAsync($"/api/v1/commitments/{Id(named)}/reject", new { reason = " " }), HttpStatusCode.BadRequest, "reason");
        var rejected = await OkAsync(await quincy.PostAsJsonAsync($"/api/v1/commitments/{Id(named)}/reject", new { reason = "Store credit is Returns' job" }));
        Assert.Equal(agentId, rejected.GetProperty("ownerId").GetGuid());
        Assert.False(rejected.GetProperty("awaitingAcceptance").GetBoolean());
        Assert.Equal("Returned", rejected.GetProperty("custody")[2].GetProperty("reason").GetString());
        Assert.Contains(rejected.GetProperty("watchers").EnumerateArray(), w => w.GetProperty("id").GetGuid() == agentId);
        Assert.Contains(await _ledger.NotificationsAsync(Id(named)), n => n.PersonId == agentId && n.Text.Contains("rejected", StringComparison.Ordinal));
        Assert.Equal(AuditEventType.CommitmentRejected, (await _ledger.AuditTypesAsync(Id(named)))[^1]);
    }

    [SkippableFact]
    public async Task The_receiver_or_a_member_of_the_department_accepts_once()
    {
        var agent = await app.SignInAsync("agent");
        var handoff = await _ledger.HandoffToFinanceAsync(agent, "quincy");
        var before = await _ledger.SnapshotAsync(Id(handoff));

        // Neither the sender nor someone outside Finance may accept it.
        await RefusedAsync(await agent.PostAsync($"/api/v1/commitments/{Id(handoff)}/accept", null), HttpStatusCode.Forbidden);
        await RefusedAsync(await (await app.SignInAsync("jordan")).PostAsync($"/api/v1/commitments/{Id(handoff)}/accept", null), HttpStatusCode.Forbidden);
        Assert.Equal(before, await _ledger.SnapshotAsync(Id(handoff)));

        var marlow = await app.SignInAsync("marlow");
        var accepted = await OkAsync(await marlow.PostAsync($"/api/v1/commitments/{Id(handoff)}/accept", null));
        var marlowId = await _ledger.PersonAsync("marlow");
        Assert.Equal(marlowId, accepted.GetProperty("ownerId").GetGuid());
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        var taken = accepted.GetProperty("custody")[2];
        Assert.Equal(("Accepted", marlowId), (taken.GetProperty("reason").GetString(), taken.GetProperty("toId").GetGuid()));
        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentHandedOff, AuditEventType.CommitmentTransferred, AuditEventType.CommitmentAccepted],
            await _ledger.AuditTypesAsync(Id(handoff)));

        var afterFirst = await _ledger.SnapshotAsync(Id(handoff));
        await RefusedAsync(await marlow.PostAsync($"/api/v1/commitments/{Id(handoff)}/accept", null), HttpStatusCode.Conflict);
        await RefusedAsync(await (await app.SignInAsync("quincy")).PostAsync($"/api/v1/commitments/{Id(handoff)}/accept", null), HttpStatusCode.Conflict);
        Assert.Equal(afterFirst, await _ledger.SnapshotAsync(Id(handoff)));

        // The named receiver accepts their own directly.
        var direct = await _ledger.HandoffToFinanceAsync(agent, "quincy");
        var quincyAccepted = await OkAsync(await (await app.SignInAsync("quincy")).PostAsync($"/api/v1/commitments/{Id(direct)}/accept", null));
        Assert.Equal(2, quincyAccepted.GetProperty("custody").GetArrayLength());
        var agentId = await _ledger.PersonAsync("agent");
        Assert.Contains(await _ledger.NotificationsAsync(Id(direct)), n => n.PersonId == agentId && n.Text.StartsWith("Accepted", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Two_people_accepting_the_same_hand_off_at_once_one_wins_the_other_gets_409()
    {
        var agent = await app.SignInAsync("agent");
        var quincy = await app.SignInAsync("quincy");
        var marlow = await app.SignInAsync("marlow");
        for (var round = 0; round < 5; round++)
        {
            var handoff = await _ledger.HandoffToFinanceAsync(agent, "kendall");
            var url = $"/api/v1/commitments/{Id(handoff)}/accept";

            var responses = await Task.WhenAll(quincy.PostAsync(url, null), marlow.PostAsync(url, null));

            var codes = responses.Select(r => r.StatusCode).OrderBy(s => s).ToList();
            Assert.True(codes is [HttpStatusCode.OK, HttpStatusCode.Conflict],
                $"round {round}: {string.Join(", ", codes)}; {string.Join(" | ", await Task.WhenAll(responses.Select(r => r.Content.ReadAsStringAsync())))}");
            var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
            var won = await winner.Content.ReadFromJsonAsync<JsonElement>();
            var stored = await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == Id(handoff)));
            Assert.Equal(won.GetProperty("ownerId").GetGuid(), stored.OwnerId);
            Assert.False(stored.AwaitingAcceptance);
            Assert.Equal(3, stored.Custody.Count);
            Assert.Equal(1, (await _ledger.AuditTypesAsync(Id(handoff))).Count(t => t == AuditEventType.CommitmentAccepted));
        }
    }

    [SkippableFact]
    public async Task A_customer_message_never_changes_the_status()
    {
        var agent = await app.SignInAsync("agent");
        var c = await _ledger.PromiseAsync(agent);
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/attempts", new { channel = "Phone", result = "Reached" }));

        var after = await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/customer-messages", new { text = "Thanks, no need to call back!" }));

        Assert.Equal("InProgress", after.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("outcome").ValueKind);
        Assert.Equal("CustomerMessage", Last(after.GetProperty("timeline")).GetProperty("kind").GetString());
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/customer-messages", new { text = "" }), HttpStatusCode.BadRequest, "text");
        Assert.Equal(AuditEventType.CommitmentCustomerMessage, (await _ledger.AuditTypesAsync(Id(c)))[^1]);
    }

    [SkippableFact]
    public async Task A_request_waits_for_its_owner_and_shows_on_both_desks()
    {
        var jordan = await app.SignInAsync("jordan");
        var agentId = await _ledger.PersonAsync("agent");
        var jordanId = await _ledger.PersonAsync("jordan");

        var request = await OkAsync(await jordan.PostAsJsonAsync("/api/v1/commitments/requests",
            new { ownerId = agentId, due = _ledger.Now.AddHours(5).UtcDateTime, what = "Send me the new price list" }), HttpStatusCode.Created);
        Assert.Equal(("Request", true), (request.GetProperty("kind").GetString(), request.GetProperty("awaitingAcceptance").GetBoolean()));
        Assert.Equal(jordanId, request.GetProperty("requesterId").GetGuid());
        await RefusedAsync(await jordan.PostAsJsonAsync("/api/v1/commitments/requests", new { ownerId = agentId, what = "x" }), HttpStatusCode.BadRequest, "due");

        var agent = await app.SignInAsync("agent");
        var desk = await agent.GetFromJsonAsync<JsonElement>("/api/v1/commitments/mine");
        Assert.Contains(desk.GetProperty("mine").EnumerateArray(), i => Id(i) == Id(request) && i.GetProperty("awaitingAcceptance").GetBoolean());
        var jordanDesk = await jordan.GetFromJsonAsync<JsonElement>("/api/v1/commitments/mine");
        Assert.Contains(jordanDesk.GetProperty("owedToMe").EnumerateArray(), i => Id(i) == Id(request));

        await RefusedAsync(await jordan.PostAsync($"/api/v1/commitments/{Id(request)}/accept", null), HttpStatusCode.Forbidden);
        var acknowledged = await OkAsync(await agent.PostAsync($"/api/v1/commitments/{Id(request)}/accept", null));
        Assert.Equal("Accepted", acknowledged.GetProperty("status").GetString());
        Assert.Contains(await _ledger.NotificationsAsync(Id(request)), n => n.PersonId == jordanId);
    }

    [SkippableFact]
    public async Task Renegotiating_closes_the_old_promise_and_returns_the_linked_new_one()
    {
        var agent = await app.SignInAsync("agent");
        var c = await _ledger.PromiseAsync(agent, "Callback");
        var before = await _ledger.SnapshotAsync(Id(c));
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/renegotiate", new { newDue = _ledger.Now.AddDays(3).UtcDateTime }),
            HttpStatusCode.BadRequest, "agreedBy");
        Assert.Equal(before, await _ledger.SnapshotAsync(Id(c)));

        var response = await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/renegotiate",
            new { newDue = _ledger.Now.AddDays(3).UtcDateTime, promiseeAgreement = "The customer, by phone" });
        var next = await OkAsync(response, HttpStatusCode.Created);

        Assert.NotEqual(Id(c), Id(next));
        Assert.Equal(Id(c), next.GetProperty("renegotiatedFromId").GetGuid());
        var old = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/{Id(c)}");
        Assert.Equal(("Closed", "Renegotiated"), (old.GetProperty("status").GetString(), old.GetProperty("outcome").GetString()));
        Assert.Equal(Id(next), old.GetProperty("renegotiatedToId").GetGuid());
        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentRenegotiated], await _ledger.AuditTypesAsync(Id(c)));
        Assert.Equal([AuditEventType.CommitmentCreated], await _ledger.AuditTypesAsync(Id(next)));
    }

    [SkippableFact]
    public async Task Watchers_and_comments_are_recorded_and_audited()
    {
        var agent = await app.SignInAsync("agent");
        var c = await _ledger.PromiseAsync(agent);
        var jordanId = await _ledger.PersonAsync("jordan");

        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/watchers", new { personId = Guid.NewGuid() }), HttpStatusCode.BadRequest, "personId");
        var watched = await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/watchers", new { personId = jordanId }));
        Assert.Equal(("Jordan Kim", jordanId), (watched.GetProperty("watchers")[0].GetProperty("name").GetString(), watched.GetProperty("watchers")[0].GetProperty("id").GetGuid()));
        var jordan = await app.SignInAsync("jordan");
        Assert.Contains((await jordan.GetFromJsonAsync<JsonElement>("/api/v1/commitments/mine")).GetProperty("watching").EnumerateArray(), i => Id(i) == Id(c));
        var commented = await OkAsync(await jordan.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/comments", new { text = "Customer prefers mornings" }));
        Assert.Equal(("Comment", "Jordan Kim"), (Last(commented.GetProperty("timeline")).GetProperty("kind").GetString(), Last(commented.GetProperty("timeline")).GetProperty("actorName").GetString()));
        await RefusedAsync(await jordan.PostAsJsonAsync($"/api/v1/commitments/{Id(c)}/comments", new { text = "  " }), HttpStatusCode.BadRequest, "text");
        var removed = await OkAsync(await agent.DeleteAsync($"/api/v1/commitments/{Id(c)}/watchers/{jordanId}"));
        Assert.Equal(0, removed.GetProperty("watchers").GetArrayLength());

        Assert.Equal([AuditEventType.CommitmentCreated, AuditEventType.CommitmentWatcherAdded, AuditEventType.CommitmentCommented, AuditEventType.CommitmentWatcherRemoved],
            await _ledger.AuditTypesAsync(Id(c)));
        Assert.Contains(await _ledger.NotificationsAsync(Id(c)), n => n.PersonId == jordanId && n.Text.StartsWith("You are watching", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task The_desk_lists_my_open_commitments_overdue_first_then_by_due()
    {
        var manager = await app.SignInAsync("manager");
        var later = await _ledger.PromiseAsync(manager, dueIn: TimeSpan.FromHours(3));
        var soonest = await _ledger.PromiseAsync(manager, dueIn: TimeSpan.FromMinutes(1));
        var middle = await _ledger.PromiseAsync(manager, dueIn: TimeSpan.FromHours(1));
        var closed = await _ledger.PromiseAsync(manager, dueIn: TimeSpan.FromMinutes(30));
        await OkAsync(await manager.PostAsJsonAsync($"/api/v1/commitments/{Id(closed)}/close", new { outcome = "Kept" }));
        app.Time.Advance(TimeSpan.FromMinutes(2));

        var desk = await manager.GetFromJsonAsync<JsonElement>("/api/v1/commitments/mine");

        var mine = desk.GetProperty("mine").EnumerateArray().ToList();
        var ids = mine.Select(Id).ToList();
        Assert.DoesNotContain(Id(closed), ids);
        Assert.True(ids.IndexOf(Id(soonest)) < ids.IndexOf(Id(middle)) && ids.IndexOf(Id(middle)) < ids.IndexOf(Id(later)), string.Join(", ", ids));
        Assert.True(mine.Single(i => Id(i) == Id(soonest)).GetProperty("overdue").GetBoolean());
        Assert.True(desk.GetProperty("overdue").GetInt32() >= 1);
        var order = mine.Select(i => (Overdue: i.GetProperty("overdue").GetBoolean(), Due: i.GetProperty("due").GetDateTime())).ToList();
        Assert.Equal(order.OrderByDescending(o => o.Overdue).ThenBy(o => o.Due), order);

        var overdue = await manager.GetFromJsonAsync<JsonElement>($"/api/v1/commitments?owner={await _ledger.PersonAsync("manager")}&status=Overdue");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), i => Id(i) == Id(soonest));
        Assert.DoesNotContain(overdue.GetProperty("items").EnumerateArray(), i => Id(i) == Id(middle));
    }

    [SkippableFact]
    public async Task The_board_groups_who_owes_what_with_overdue_and_due_soon_counts()
    {
        var lead = await app.SignInAsync("tatum");
        var ellisId = await _ledger.PersonAsync("ellis");
        var harleyId = await _ledger.PersonAsync("harley");
        var returns = await _ledger.DepartmentAsync("Returns");
        var overdue = await _ledger.PromiseAsync(lead, ownerId: ellisId, dueIn: TimeSpan.FromMinutes(1));
        var soon = await _ledger.PromiseAsync(lead, "Callback", ownerId: ellisId, dueIn: TimeSpan.FromMinutes(45));
        await _ledger.PromiseAsync(lead, "ActionItem", ownerId: harleyId, dueIn: TimeSpan.FromDays(3));
        // The department head's own promise to another department appears like anyone's.
        var robin = await app.SignInAsync("robin");
        await _ledger.PromiseAsync(robin, promisee: new { departmentId = await _ledger.DepartmentAsync("Finance") }, what: "Monthly returns report");
        app.Time.Advance(TimeSpan.FromMinutes(2));

        var byPerson = await (await app.SignInAsync("qualityanalyst")).GetFromJsonAsync<JsonElement>($"/api/v1/commitments/board?groupBy=person&department={returns}");
        Assert.Equal(("Person", 4, 1, 1), (byPerson.GetProperty("groupBy").GetString(), byPerson.GetProperty("total").GetInt32(),
            byPerson.GetProperty("overdue").GetInt32(), byPerson.GetProperty("dueSoon").GetInt32()));
        var groups = byPerson.GetProperty("groups").EnumerateArray().ToList();
        Assert.Equal(["Ellis Varga", "Harley Osei", "Robin Achterberg"], groups.Select(g => g.GetProperty("name").GetString()));
        Assert.Equal((2, 1, 1), (groups[0].GetProperty("count").GetInt32(), groups[0].GetProperty("overdue").GetInt32(), groups[0].GetProperty("dueSoon").GetInt32()));
        Assert.Equal([Id(overdue), Id(soon)], groups[0].GetProperty("items").EnumerateArray().Select(Id));
        var robinItem = groups[2].GetProperty("items")[0];
        Assert.Equal(("Department", "Finance"), (robinItem.GetProperty("promisee").GetProperty("kind").GetString(), robinItem.GetProperty("promisee").GetProperty("name").GetString()));

        var byTeam = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/board?groupBy=team&department={returns}");
        var team = Assert.Single(byTeam.GetProperty("groups").EnumerateArray());
        Assert.Equal(("Returns Desk", 4, 1), (team.GetProperty("name").GetString(), team.GetProperty("count").GetInt32(), team.GetProperty("overdue").GetInt32()));
        var byDepartment = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/board?groupBy=Department&department={returns}&kind=Callback");
        var department = Assert.Single(byDepartment.GetProperty("groups").EnumerateArray());
        Assert.Equal(("Returns", 1), (department.GetProperty("name").GetString(), department.GetProperty("count").GetInt32()));
        var dueWithinAnHour = await lead.GetFromJsonAsync<JsonElement>($"/api/v1/commitments/board?department={returns}&dueWithinHours=1");
        Assert.Equal(2, dueWithinAnHour.GetProperty("total").GetInt32());
        await RefusedAsync(await lead.GetAsync("/api/v1/commitments/board?groupBy=planet"), HttpStatusCode.BadRequest, "groupBy");

        // Every role reads the board, leadership's own commitments included.
        foreach (var user in new[] { "agent", "teamlead", "supervisor", "departmenthead", "manager", "admin" })
        {
            var board = await (await app.SignInAsync(user)).GetAsync("/api/v1/commitments/board?groupBy=department");
            Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        }
        var all = await lead.GetFromJsonAsync<JsonElement>("/api/v1/commitments/board?groupBy=department");
        Assert.Contains(all.GetProperty("groups").EnumerateArray(), g => g.GetProperty("name").GetString() == "Returns" && g.GetProperty("count").GetInt32() >= 4);
    }

    [SkippableFact]
    public async Task The_list_filters_and_pages_and_the_audit_log_still_verifies()
    {
        var agent = await app.SignInAsync("agent");
        var agentId = await _ledger.PersonAsync("agent");
        var escalation = await _ledger.PromiseAsync(agent, "Escalation");
        await _ledger.PromiseAsync(agent, "Approval");

        var page = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/commitments?owner={agentId}&kind=Escalation&open=true&take=1");
        Assert.Equal(1, page.GetProperty("take").GetInt32());
        Assert.Contains(Id(escalation), (await agent.GetFromJsonAsync<JsonElement>($"/api/v1/commitments?owner={agentId}&kind=Escalation"))
            .GetProperty("items").EnumerateArray().Select(Id));
        Assert.All(page.GetProperty("items").EnumerateArray(), i => Assert.Equal("Escalation", i.GetProperty("kind").GetString()));
        var dueBefore = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/commitments?owner={agentId}&dueBefore={Uri.EscapeDataString(_ledger.Now.AddMinutes(1).UtcDateTime.ToString("O"))}");
        Assert.DoesNotContain(Id(escalation), dueBefore.GetProperty("items").EnumerateArray().Select(Id));
        var finance = await agent.GetFromJsonAsync<JsonElement>($"/api/v1/commitments?department={await _ledger.DepartmentAsync("Finance")}&open=true");
        Assert.All(finance.GetProperty("items").EnumerateArray(), i => Assert.NotEqual(agentId, i.GetProperty("ownerId").GetGuid()));

        var leader = await app.SignInAsync("supervisor");
        var verification = await leader.GetFromJsonAsync<JsonElement>("/api/v1/audit/verify");
        Assert.True(verification.GetProperty("ok").GetBoolean(), verification.ToString());
    }

    private static JsonElement Last(JsonElement array) => array[array.GetArrayLength() - 1];

    private Task<int> CountAsync() => app.WithDbAsync(db => db.Commitments.CountAsync());

    private static async Task<Guid> TeamIdAsync(HttpClient client, string name) =>
        (await client.GetFromJsonAsync<List<JsonElement>>("/api/v1/teams"))!
        .Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
}

public sealed class CommitmentApiTestsOnSqlite(SqliteApp app) : CommitmentApiTests(app), IClassFixture<SqliteApp>;

public sealed class CommitmentApiTestsOnPostgres(PostgresApp app) : CommitmentApiTests(app), IClassFixture<PostgresApp>;
