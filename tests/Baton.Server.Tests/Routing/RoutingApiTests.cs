using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Core.Routing;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Routing;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Routing;

public abstract class RoutingApiTests(BatonApp app)
{
    private static readonly string[] Refunds = ["refunds"];

    [SkippableFact]
    public async Task A_handoff_is_offered_to_the_longest_idle_skilled_available_person_and_accepting_makes_it_theirs()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("unskilled", [], 60), ("longest", Refunds, 30), ("recent", Refunds, 5));
        await floor.RuleAsync(skills: Refunds);
        var handoffId = await floor.HandOffAsync();

        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("unskilled"));
        Assert.Empty(await floor.OffersOfAsync("recent"));
        var offer = Assert.Single(await floor.OffersOfAsync("longest"));
        Assert.Equal(handoffId, offer.GetProperty("referenceId").GetGuid());
        Assert.Equal("Handoff", offer.GetProperty("kind").GetString());
        Assert.Contains("Refund needs the bank details", offer.GetProperty("description").GetString());

        var longest = await floor.SignInAsync("longest");
        var accepted = await longest.PostAsync($"/api/v1/routing/offers/{offer.GetProperty("id").GetGuid()}/accept", null);
        Assert.True(accepted.StatusCode == HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        Assert.Equal("Accepted", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());

        var (commitment, item) = await app.WithDbAsync(async db => (
            await db.Commitments.AsNoTracking().SingleAsync(c => c.Id == handoffId),
            await db.WorkItems.AsNoTracking().SingleAsync(w => w.ReferenceId == handoffId)));
        Assert.Equal(floor.People["longest"], commitment.OwnerId);
        Assert.False(commitment.AwaitingAcceptance);
        Assert.Equal(CommitmentStatus.Accepted, commitment.Status);
        Assert.Equal(CustodyReason.Accepted, commitment.Custody[^1].Reason);
        Assert.Equal((WorkItemStatus.Assigned, floor.People["longest"]), (item.Status, item.AssigneeId));
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Subject == RoutingWork.SubjectOf(item.Id))
            .OrderBy(a => a.Sequence).Select(a => a.Type).ToListAsync());
        Assert.Equal([AuditEventType.WorkItemQueued, AuditEventType.WorkItemOffered, AuditEventType.WorkItemOfferAccepted], audit);

        // Accepting twice is a conflict; nobody else is offered the taken work.
        Assert.Equal(HttpStatusCode.Conflict, (await longest.PostAsync($"/api/v1/routing/offers/{offer.GetProperty("id").GetGuid()}/accept", null)).StatusCode);
        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("recent"));
    }

    [SkippableFact]
    public async Task An_offer_not_taken_in_time_moves_to_the_next_person_and_never_back()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("first", [], 30), ("second", [], 10));
        await floor.RuleAsync(offerTimeoutSeconds: 20);
        await floor.HandOffAsync();
        await floor.FireAsync();
        var lapsed = Assert.Single(await floor.OffersOfAsync("first"));
        Assert.Empty(await floor.OffersOfAsync("second"));

        app.Time.Advance(TimeSpan.FromSeconds(20));
        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("first"));
        Assert.Single(await floor.OffersOfAsync("second"));
        var first = await floor.SignInAsync("first");
        Assert.Equal(HttpStatusCode.Conflict, (await first.PostAsync($"/api/v1/routing/offers/{lapsed.GetProperty("id").GetGuid()}/accept", null)).StatusCode);

        // The second lets it lapse too: it does not go back to the first; it waits for someone new.
        app.Time.Advance(TimeSpan.FromSeconds(20));
        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("first"));
        Assert.Empty(await floor.OffersOfAsync("second"));
        var statuses = await app.WithDbAsync(db => (
            from o in db.WorkOffers.AsNoTracking()
            join w in db.WorkItems on o.WorkItemId equals w.Id
            where w.DepartmentId == floor.DepartmentId
            select o.Status).ToListAsync());
        Assert.Equal([OfferStatus.Expired, OfferStatus.Expired], statuses);
    }

    [SkippableFact]
    public async Task A_declined_offer_goes_to_the_next_person()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("first", [], 30), ("second", [], 10));
        await floor.HandOffAsync();
        await floor.FireAsync();
        var offer = Assert.Single(await floor.OffersOfAsync("first"));
        var first = await floor.SignInAsync("first");
        var declined = await first.PostAsJsonAsync($"/api/v1/routing/offers/{offer.GetProperty("id").GetGuid()}/decline", new { reason = "On my way out" });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);

        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("first"));
        Assert.Single(await floor.OffersOfAsync("second"));
        // Only the offered person answers an offer.
        var second = await floor.SignInAsync("second");
        Assert.Equal(HttpStatusCode.NotFound, (await second.PostAsync($"/api/v1/routing/offers/{offer.GetProperty("id").GetGuid()}/accept", null)).StatusCode);
    }

    [SkippableFact]
    public async Task Nobody_on_a_break_is_offered_work_and_coming_back_brings_the_offer()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("resting", [], 60), ("working", [], 5));
        await floor.SetPresenceAsync("resting", "Break");
        await floor.SetPresenceAsync("working", "Break");
        await floor.HandOffAsync();
        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("resting"));
        Assert.Empty(await floor.OffersOfAsync("working"));

        // The presence change itself asks for a routing pass.
        await floor.SetPresenceAsync("working", "Available");
        await floor.FireAsync();
        Assert.Single(await floor.OffersOfAsync("working"));
        Assert.Empty(await floor.OffersOfAsync("resting"));
    }

    [SkippableFact]
    public async Task Work_nobody_takes_overflows_to_the_other_department_after_its_time()
    {
        var overflow = await RoutingFloor.CreateAsync(app, ("helper", [], 5));
        var floor = await RoutingFloor.CreateAsync(app, ("away", [], 60));
        await floor.SetPresenceAsync("away", "Break");
        await floor.RuleAsync(overflowTo: overflow.DepartmentId, overflowAfter: 60);
        var handoffId = await floor.HandOffAsync();
        await floor.FireAsync();
        Assert.Empty(await overflow.OffersOfAsync("helper"));

        app.Time.Advance(TimeSpan.FromSeconds(59));
        await floor.FireAsync();
        Assert.Empty(await overflow.OffersOfAsync("helper"));

        app.Time.Advance(TimeSpan.FromSeconds(1));
        await floor.FireAsync();
        var offer = Assert.Single(await overflow.OffersOfAsync("helper"));
        Assert.Equal(overflow.DepartmentName, offer.GetProperty("queue").GetString());

        var helper = await overflow.SignInAsync("helper");
        Assert.Equal(HttpStatusCode.OK, (await helper.PostAsync($"/api/v1/routing/offers/{offer.GetProperty("id").GetGuid()}/accept", null)).StatusCode);
        var commitment = await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == handoffId));
        Assert.Equal(overflow.People["helper"], commitment.OwnerId);
        Assert.False(commitment.AwaitingAcceptance);
        Assert.Equal([CustodyReason.Reassigned, CustodyReason.Reassigned], commitment.Custody.TakeLast(2).Select(c => c.Reason));
    }

    [SkippableFact]
    public async Task A_due_callback_whose_owner_is_away_is_offered_to_a_colleague_and_passes_to_them_on_accept()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("owner", [], 5), ("helper", [], 20));
        await floor.SetPresenceAsync("lead", "Break");
        var owner = await floor.SignInAsync("owner");
        var customer = await owner.PostAsJsonAsync("/api/v1/customers", new { name = "Pat Callback", phone = "+1 555 0101" });
        var promised = await owner.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "Callback", promisee = new { customerId = (await customer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid() },
            due = app.Time.GetUtcNow().AddMinutes(5).UtcDateTime, what = "Call back about the invoice",
        });
        Assert.Equal(HttpStatusCode.Created, promised.StatusCode);
        var callbackId = (await promised.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        // Not due yet, or due while its owner is available: it stays with the owner.
        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("helper"));
        await floor.SetPresenceAsync("owner", "Break");
        app.Time.Advance(TimeSpan.FromMinutes(5));
        await floor.FireAsync();
        var offer = Assert.Single(await floor.OffersOfAsync("helper"));
        Assert.Equal(("Callback", callbackId), (offer.GetProperty("kind").GetString(), offer.GetProperty("referenceId").GetGuid()));

        var helper = await floor.SignInAsync("helper");
        Assert.Equal(HttpStatusCode.OK, (await helper.PostAsync($"/api/v1/routing/offers/{offer.GetProperty("id").GetGuid()}/accept", null)).StatusCode);
        var callback = await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == callbackId));
        Assert.Equal(floor.People["helper"], callback.OwnerId);
        Assert.Equal((CustodyReason.Reassigned, floor.People["owner"]), (callback.Custody[^1].Reason, callback.Custody[^1].FromId));

        // Closing it finishes the routed work and frees the helper's capacity.
        var closed = await helper.PostAsJsonAsync($"/api/v1/commitments/{callbackId}/close", new { outcome = "Kept" });
        Assert.True(closed.IsSuccessStatusCode, await closed.Content.ReadAsStringAsync());
        await floor.FireAsync();
        Assert.Equal(WorkItemStatus.Finished, await app.WithDbAsync(db => db.WorkItems.Where(w => w.ReferenceId == callbackId).Select(w => w.Status).SingleAsync()));
    }

    [SkippableFact]
    public async Task An_inbound_call_enqueued_through_the_seam_is_offered_assigned_and_finished()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("phones", [], 10));
        await floor.SetPresenceAsync("lead", "Break");
        var manager = await app.SignInAsync("manager");
        var rule = await manager.PostAsJsonAsync("/api/v1/routing/rules", new { queue = $"line-{floor.DepartmentName}", departmentId = floor.DepartmentId });
        Assert.Equal(HttpStatusCode.Created, rule.StatusCode);
        var callId = Guid.NewGuid();
        var now = app.Time.GetUtcNow().UtcDateTime;
        await app.WithDbAsync(async db =>
        {
            await RoutingQueue.EnqueueAsync(db, WorkItemKind.InboundCall, callId, $"line-{floor.DepartmentName}", now, Actor.System);
            // Enqueuing twice in one unit of work or later changes nothing.
            await RoutingQueue.EnqueueAsync(db, WorkItemKind.InboundCall, callId, $"line-{floor.DepartmentName}", now, Actor.System);
            await db.SaveChangesAsync();
        });
        await floor.FireAsync();
        var offer = Assert.Single(await floor.OffersOfAsync("phones"));
        var phones = await floor.SignInAsync("phones");
        Assert.Equal(HttpStatusCode.OK, (await phones.PostAsync($"/api/v1/routing/offers/{offer.GetProperty("id").GetGuid()}/accept", null)).StatusCode);
        Assert.Equal(floor.People["phones"], await app.WithDbAsync(db => RoutingQueue.AssigneeOfAsync(db, callId)));

        // While on the call (capacity one call), a second call is not offered; once the first ends, it is.
        var second = Guid.NewGuid();
        await app.WithDbAsync(async db =>
        {
            await RoutingQueue.EnqueueAsync(db, WorkItemKind.InboundCall, second, $"line-{floor.DepartmentName}", now, Actor.System);
            await db.SaveChangesAsync();
        });
        await floor.FireAsync();
        Assert.Empty(await floor.OffersOfAsync("phones"));
        await app.WithDbAsync(async db =>
        {
            Assert.True(await RoutingQueue.FinishAsync(db, callId, now, Actor.System));
            await db.SaveChangesAsync();
        });
        await floor.FireAsync();
        Assert.Equal(second, Assert.Single(await floor.OffersOfAsync("phones")).GetProperty("referenceId").GetGuid());

        await app.WithDbAsync(async db =>
        {
            Assert.True(await RoutingQueue.WithdrawAsync(db, second, now, Actor.System, "The caller hung up"));
            await db.SaveChangesAsync();
        });
        Assert.Empty(await floor.OffersOfAsync("phones"));
        Assert.Equal(2, await app.WithDbAsync(db => db.WorkItems.CountAsync(w => w.ReferenceId == callId || w.ReferenceId == second)));
    }

    [SkippableFact]
    public async Task Rules_are_validated_naming_the_field_and_only_managers_change_them()
    {
        var floor = await RoutingFloor.CreateAsync(app);
        var manager = await app.SignInAsync("manager");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/routing/rules", new { queue = " " }), "queue");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/routing/rules", new { queue = "q1", offerTimeoutSeconds = 1 }), "offerTimeoutSeconds");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/routing/rules", new { queue = "q1", departmentId = Guid.NewGuid() }), "departmentId");
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/routing/rules",
            new { queue = "q1", departmentId = floor.DepartmentId, overflowDepartmentId = floor.DepartmentId, overflowAfterSeconds = 30 }), "overflowDepartmentId");

        var agent = await app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/routing/rules", new { queue = "mine" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/routing/queue")).StatusCode);

        var created = await floor.RuleAsync(skills: ["Refunds "]);
        var id = created.GetProperty("id").GetGuid();
        Assert.Equal(["refunds"], created.GetProperty("requiredSkills").EnumerateArray().Select(s => s.GetString()));
        await RefusedAsync(await manager.PostAsJsonAsync("/api/v1/routing/rules", new { queue = floor.DepartmentName.ToUpperInvariant() }), "queue");

        var changed = await manager.PutAsJsonAsync($"/api/v1/routing/rules/{id}", new { queue = floor.DepartmentName, departmentId = floor.DepartmentId, priority = 70 });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(70, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("priority").GetInt32());
        var rules = await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/routing/rules");
        Assert.Contains(rules!, r => r.GetProperty("id").GetGuid() == id && r.GetProperty("departmentName").GetString() == floor.DepartmentName);

        // A person's own capacity: leaders set it, validated the same way.
        var person = floor.LeadId;
        await RefusedAsync(await manager.PutAsJsonAsync($"/api/v1/routing/profiles/{person}", new { callCapacity = 0 }), "callCapacity");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PutAsJsonAsync($"/api/v1/routing/profiles/{person}", new { callCapacity = 2 })).StatusCode);
        var profile = await manager.PutAsJsonAsync($"/api/v1/routing/profiles/{person}", new { callCapacity = 2, totalCapacity = 6 });
        Assert.Equal(HttpStatusCode.OK, profile.StatusCode);
        Assert.Equal(2, (await profile.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("callCapacity").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await manager.PutAsJsonAsync($"/api/v1/routing/profiles/{Guid.NewGuid()}", new { callCapacity = 2 })).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await manager.DeleteAsync($"/api/v1/routing/rules/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.DeleteAsync($"/api/v1/routing/rules/{id}")).StatusCode);
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(a => a.Subject == $"routing-rule/{id}").Select(a => a.Type).ToListAsync());
        Assert.Equal([AuditEventType.RoutingRuleChanged, AuditEventType.RoutingRuleChanged, AuditEventType.RoutingRuleDeleted], audit);
    }

    [SkippableFact]
    public async Task The_queue_snapshot_shows_waiting_work_and_its_offer()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("taker", [], 10));
        var handoffId = await floor.HandOffAsync();
        await floor.FireAsync();
        var supervisor = await app.SignInAsync("supervisor");
        var snapshot = await supervisor.GetFromJsonAsync<JsonElement>("/api/v1/routing/queue");
        var queued = Assert.Single(snapshot.GetProperty("queued").EnumerateArray(), q => q.GetProperty("referenceId").GetGuid() == handoffId);
        Assert.Equal(floor.DepartmentName, queued.GetProperty("departmentName").GetString());
        Assert.Equal(floor.UserNames["taker"], queued.GetProperty("offeredTo").GetString());
    }

    [SkippableFact]
    public async Task The_desk_shows_the_offer_with_its_countdown_and_the_routing_page_shows_rules_and_queue_to_leaders()
    {
        var floor = await RoutingFloor.CreateAsync(app, ("desk", [], 10));
        await floor.RuleAsync(offerTimeoutSeconds: 45);
        await floor.HandOffAsync();
        await floor.FireAsync();

        var desk = await (await floor.SignInAsync("desk")).GetStringAsync("/desk");
        Assert.Contains("data-testid=\"offers-panel\"", desk, StringComparison.Ordinal);
        Assert.Contains("Refund needs the bank details", desk, StringComparison.Ordinal);
        Assert.Contains("45 s left", desk, StringComparison.Ordinal);

        var manager = await app.SignInAsync("manager");
        var page = await manager.GetStringAsync("/routing");
        Assert.Contains(floor.DepartmentName, page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"add-rule\"", page, StringComparison.Ordinal);
        Assert.Contains($"offered to {floor.UserNames["desk"]}", page, StringComparison.Ordinal);
        var agent = await app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/routing")).StatusCode);
    }

    private static async Task RefusedAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error on '{field}': {problem}");
    }
}

public sealed class RoutingApiTestsOnSqlite(SqliteApp app) : RoutingApiTests(app), IClassFixture<SqliteApp>;

public sealed class RoutingApiTestsOnPostgres(PostgresApp app) : RoutingApiTests(app), IClassFixture<PostgresApp>;
