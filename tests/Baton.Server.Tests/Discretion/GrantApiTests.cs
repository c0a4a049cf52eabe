using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Core.Commitments;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Discretion;

/// <summary>Granting gestures within and above the limits, approving and declining, and the approval deadline's escalation.</summary>
public abstract class GrantApiTests(BatonApp app)
{
    private readonly DiscretionDesk _desk = new(app);

    [SkippableFact]
    public async Task A_grant_within_the_per_interaction_limit_is_granted_at_once_logged_and_counted_in_the_week()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        await _desk.PolicyAsync(agentId, 25m, 300m);

        var grant = await DiscretionDesk.GrantAsync(agent, 25m, DiscretionDesk.NewReference());
        Assert.Equal("Granted", DiscretionDesk.Status(grant));
        Assert.Equal("EUR", grant.GetProperty("currency").GetString());
        Assert.Equal(JsonValueKind.Null, grant.GetProperty("approvalCommitmentId").ValueKind);
        Assert.Contains("275.00 EUR left in 7 days", grant.GetProperty("decisionWhy").GetString(), StringComparison.Ordinal);
        Assert.Equal([AuditEventType.GestureGranted], await _desk.AuditOfGrantAsync(DiscretionDesk.Id(grant)));

        var limits = await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/discretion/limits");
        var goodwill = limits!.Single(l => l.GetProperty("gesture").GetString() == "GoodwillCredit");
        Assert.Equal((25m, 275m), (goodwill.GetProperty("usedThisWeek").GetDecimal(), goodwill.GetProperty("leftThisWeek").GetDecimal()));
    }

    [SkippableFact]
    public async Task Above_the_per_interaction_limit_an_Approval_commitment_goes_to_the_team_lead_with_a_deadline()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        await _desk.PolicyAsync(agentId, 25m, 300m);
        var call = DiscretionDesk.NewReference();
        Assert.Equal("Granted", DiscretionDesk.Status(await DiscretionDesk.GrantAsync(agent, 10m, call)));

        // 10 already given on this call: 20 more is 30, over the 25 per interaction. The same 20 on another call fits.
        var pending = await DiscretionDesk.GrantAsync(agent, 20m, call);
        Assert.Equal("Pending", DiscretionDesk.Status(pending));
        Assert.Contains("10.00 EUR already granted for it", pending.GetProperty("decisionWhy").GetString(), StringComparison.Ordinal);
        Assert.Equal("Granted", DiscretionDesk.Status(await DiscretionDesk.GrantAsync(agent, 20m, DiscretionDesk.NewReference())));

        var lead = await _desk.Ledger.PersonAsync("teamlead");
        Assert.Equal(lead, pending.GetProperty("approverId").GetGuid());
        var approvalId = pending.GetProperty("approvalCommitmentId").GetGuid();
        var approval = await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == approvalId));
        Assert.Equal((CommitmentKind.Approval, lead, CommitmentStatus.Open), (approval.Kind, approval.OwnerId, approval.Status));
        Assert.Equal(Promisee.Person(agentId), approval.Promisee);
        Assert.Equal(pending.GetProperty("approvalDue").GetDateTime().ToUniversalTime(), approval.Due);
        Assert.True(approval.Due > app.Time.GetUtcNow().UtcDateTime);
        Assert.Contains(await _desk.Ledger.NotificationsAsync(approvalId), n => n.PersonId == lead && n.Text.Contains("Approve goodwill credit", StringComparison.Ordinal));
        Assert.Equal([AuditEventType.GestureApprovalRequested], await _desk.AuditOfGrantAsync(DiscretionDesk.Id(pending)));

        // The lead sees it waiting for them; the agent does not see their own request there.
        var teamlead = await app.SignInAsync("teamlead");
        Assert.Contains(await teamlead.GetFromJsonAsync<List<JsonElement>>("/api/v1/grants/waiting") ?? [], g => DiscretionDesk.Id(g) == DiscretionDesk.Id(pending));
        Assert.DoesNotContain(await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/grants/waiting") ?? [], g => DiscretionDesk.Id(g) == DiscretionDesk.Id(pending));
    }

    [SkippableFact]
    public async Task Above_the_rolling_week_it_needs_approval_until_exactly_seven_days_have_passed()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        await _desk.PolicyAsync(agentId, 25m, 60m);
        Assert.Equal("Granted", DiscretionDesk.Status(await DiscretionDesk.GrantAsync(agent, 25m, DiscretionDesk.NewReference())));
        Assert.Equal("Granted", DiscretionDesk.Status(await DiscretionDesk.GrantAsync(agent, 25m, DiscretionDesk.NewReference())));
        var third = await DiscretionDesk.GrantAsync(agent, 25m, DiscretionDesk.NewReference());
        Assert.Equal("Pending", DiscretionDesk.Status(third));
        Assert.Contains("weekly limit of 60.00 EUR", third.GetProperty("decisionWhy").GetString(), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromSeconds(1));
        agent = await _desk.SignInAgainAsync(agentId);
        Assert.Equal("Pending", DiscretionDesk.Status(await DiscretionDesk.GrantAsync(agent, 25m, DiscretionDesk.NewReference())));
        app.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal("Granted", DiscretionDesk.Status(await DiscretionDesk.GrantAsync(agent, 25m, DiscretionDesk.NewReference())));
    }

    [SkippableFact]
    public async Task Nobody_approves_their_own_request_not_even_a_team_lead_but_a_manager_may()
    {
        // The team lead asks above their own limit: the request goes past them to the department head.
        var teamlead = await app.SignInAsync("teamlead");
        var leadId = await _desk.Ledger.PersonAsync("teamlead");
        await _desk.PolicyAsync(leadId, 10m, 50m);
        var pending = await DiscretionDesk.GrantAsync(teamlead, 40m, DiscretionDesk.NewReference());
        Assert.Equal(await _desk.Ledger.PersonAsync("charlie"), pending.GetProperty("approverId").GetGuid());
        var id = DiscretionDesk.Id(pending);

        await CommitmentLedger.RefusedAsync(await teamlead.PostAsJsonAsync($"/api/v1/grants/{id}/approve", new { note = "fine" }), HttpStatusCode.Forbidden);
        await CommitmentLedger.RefusedAsync(await teamlead.PostAsJsonAsync($"/api/v1/grants/{id}/decline", new { reason = "no" }), HttpStatusCode.Forbidden);
        // Someone without authority over the requester may not decide either.
        var avery = await app.SignInAsync("avery");
        await CommitmentLedger.RefusedAsync(await avery.PostAsJsonAsync($"/api/v1/grants/{id}/approve", new { note = "fine" }), HttpStatusCode.Forbidden);
        Assert.Equal([AuditEventType.GestureApprovalRequested], await _desk.AuditOfGrantAsync(id));

        // A manager is a third party with authority: allowed, and the Approval commitment closes as kept.
        var manager = await app.SignInAsync("manager");
        var approved = await CommitmentLedger.OkAsync(await manager.PostAsJsonAsync($"/api/v1/grants/{id}/approve", new { note = "Good call" }));
        Assert.Equal("Approved", DiscretionDesk.Status(approved));
        Assert.Equal(await _desk.Ledger.PersonAsync("manager"), approved.GetProperty("decidedById").GetGuid());
        var approvalId = approved.GetProperty("approvalCommitmentId").GetGuid();
        var approval = await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == approvalId));
        Assert.Equal((CommitmentStatus.Closed, Outcome.Kept), (approval.Status, approval.Outcome!.Value));
    }

    [SkippableFact]
    public async Task The_agent_cannot_approve_their_own_request_the_lead_approves_one_and_declines_another_with_a_reason()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        await _desk.PolicyAsync(agentId, 25m, 300m);
        var first = DiscretionDesk.Id(await DiscretionDesk.GrantAsync(agent, 40m, DiscretionDesk.NewReference()));
        var second = DiscretionDesk.Id(await DiscretionDesk.GrantAsync(agent, 50m, DiscretionDesk.NewReference()));
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/grants/{first}/approve", new { }), HttpStatusCode.Forbidden);

        var teamlead = await app.SignInAsync("teamlead");
        var approved = await CommitmentLedger.OkAsync(await teamlead.PostAsJsonAsync($"/api/v1/grants/{first}/approve", new { }));
        Assert.Equal("Approved", DiscretionDesk.Status(approved));
        Assert.Equal([AuditEventType.GestureApprovalRequested, AuditEventType.GestureApproved], await _desk.AuditOfGrantAsync(first));
        var approvalId = approved.GetProperty("approvalCommitmentId").GetGuid();
        Assert.Equal(CommitmentStatus.Closed, await app.WithDbAsync(db => db.Commitments.Where(c => c.Id == approvalId).Select(c => c.Status).SingleAsync()));
        Assert.Contains(await _desk.Ledger.NotificationsAsync(approvalId), n => n.PersonId == agentId && n.Text.StartsWith("Approved:", StringComparison.Ordinal));

        await CommitmentLedger.RefusedAsync(await teamlead.PostAsJsonAsync($"/api/v1/grants/{second}/decline", new { reason = " " }), HttpStatusCode.BadRequest, "reason");
        var declined = await CommitmentLedger.OkAsync(await teamlead.PostAsJsonAsync($"/api/v1/grants/{second}/decline",
            new { reason = "Already compensated last week" }));
        Assert.Equal(("Declined", "Already compensated last week"), (DiscretionDesk.Status(declined), declined.GetProperty("decisionNote").GetString()));
        var declinedApproval = declined.GetProperty("approvalCommitmentId").GetGuid();
        var closed = await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == declinedApproval));
        Assert.Equal((Outcome.Kept, "Declined: Already compensated last week"), (closed.Outcome!.Value, closed.OutcomeReason));
        await CommitmentLedger.RefusedAsync(await teamlead.PostAsJsonAsync($"/api/v1/grants/{second}/approve", new { }), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NotFound, (await teamlead.PostAsJsonAsync($"/api/v1/grants/{Guid.NewGuid()}/approve", new { })).StatusCode);
    }

    [SkippableFact]
    public async Task An_approval_left_undecided_past_its_deadline_turns_overdue_and_escalates_through_the_timers()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        await _desk.PolicyAsync(agentId, 25m, 300m);
        var pending = await DiscretionDesk.GrantAsync(agent, 80m, DiscretionDesk.NewReference());
        var approvalId = pending.GetProperty("approvalCommitmentId").GetGuid();
        var due = pending.GetProperty("approvalDue").GetDateTime().ToUniversalTime();
        var dispatcher = app.Services.GetRequiredService<TimerDispatcher>();
        var lead = await _desk.Ledger.PersonAsync("teamlead");

        app.Time.Advance(due - app.Time.GetUtcNow().UtcDateTime);
        await dispatcher.FireDueAsync();
        Assert.Equal(CommitmentStatus.Overdue, await app.WithDbAsync(db => db.Commitments.Where(c => c.Id == approvalId).Select(c => c.Status).SingleAsync()));
        Assert.Contains(await _desk.Ledger.NotificationsAsync(approvalId), n => n.PersonId == lead && n.Text.StartsWith("Overdue", StringComparison.Ordinal));

        // The lead has no team lead above them, so the ladder's second rung (2 h overdue) reaches the department head.
        app.Time.Advance(TimeSpan.FromHours(2));
        await dispatcher.FireDueAsync();
        var approval = await app.WithDbAsync(db => db.Commitments.AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == approvalId));
        var escalation = await app.WithDbAsync(db => db.Commitments.AsNoTracking()
            .Where(c => c.Kind == CommitmentKind.Escalation && c.CreatedAt >= approval.CreatedAt).ToListAsync());
        var mine = Assert.Single(escalation, e => e.What.Contains(approval.What, StringComparison.Ordinal));
        Assert.Equal(await _desk.Ledger.PersonAsync("charlie"), mine.OwnerId);
        Assert.Contains(approval.Timeline, t => t.Kind == TimelineEntryKind.Escalated);

        // Still decidable: the department head now leads the requester, so they may approve it.
        var charlie = await app.SignInAsync("charlie");
        Assert.Contains(await charlie.GetFromJsonAsync<List<JsonElement>>("/api/v1/grants/waiting") ?? [], g => DiscretionDesk.Id(g) == DiscretionDesk.Id(pending));
        Assert.Equal("Approved", DiscretionDesk.Status(await CommitmentLedger.OkAsync(
            await charlie.PostAsJsonAsync($"/api/v1/grants/{DiscretionDesk.Id(pending)}/approve", new { note = "Late, but yes" }))));
    }

    [SkippableFact]
    public async Task Without_any_policy_every_grant_needs_approval_and_bad_requests_name_the_field()
    {
        // A quality analyst holds no role with a policy.
        var (analyst, _) = await _desk.NewPersonAsync(role: "QualityAnalyst");
        await CommitmentLedger.RefusedAsync(await DiscretionDesk.AskAsync(analyst, 5m, "call-1"), HttpStatusCode.BadRequest, "currency");
        var pending = await CommitmentLedger.OkAsync(await analyst.PostAsJsonAsync("/api/v1/grants", new
        {
            gesture = "FeeWaiver", amount = 5m, currency = "EUR", referenceKind = "Interaction", referenceId = "call-1", reason = "Late fee",
        }), HttpStatusCode.Created);
        Assert.Equal("Pending", DiscretionDesk.Status(pending));
        Assert.Contains("No discretion policy", pending.GetProperty("decisionWhy").GetString(), StringComparison.Ordinal);

        var (agent, agentId) = await _desk.NewPersonAsync();
        await _desk.PolicyAsync(agentId, 25m, 300m);
        await CommitmentLedger.RefusedAsync(await DiscretionDesk.AskAsync(agent, 0m, "call-2"), HttpStatusCode.BadRequest, "amount");
        await CommitmentLedger.RefusedAsync(await DiscretionDesk.AskAsync(agent, 5m, " "), HttpStatusCode.BadRequest, "referenceId");
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/grants", new
        {
            gesture = "GoodwillCredit", amount = 5m, referenceKind = "Customer", referenceId = Guid.NewGuid().ToString(), reason = "x",
        }), HttpStatusCode.BadRequest, "referenceId");
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/grants", new
        {
            gesture = "GoodwillCredit", amount = 5m, referenceKind = "Interaction", referenceId = "call-3", reason = "",
        }), HttpStatusCode.BadRequest, "reason");
        Assert.Empty(await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/grants") ?? []);
    }
}

public sealed class GrantApiTestsOnSqlite(SqliteApp app) : GrantApiTests(app), IClassFixture<SqliteApp>;

public sealed class GrantApiTestsOnPostgres(PostgresApp app) : GrantApiTests(app), IClassFixture<PostgresApp>;
