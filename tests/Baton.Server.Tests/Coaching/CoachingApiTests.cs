using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Coaching;

public abstract class CoachingApiTests(BatonApp app)
{
    private DateTime Now => app.Time.GetUtcNow().UtcDateTime;

    private Task<Guid> IdOfAsync(string userName) =>
        app.WithDbAsync(db => db.People.Where(p => p.UserName == userName).Select(p => p.Id).SingleAsync());

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<Guid> ScheduleAsync(HttpClient lead, Guid agentId, object[]? evidence = null) =>
        (await JsonAsync(await lead.PostAsJsonAsync("/api/v1/coaching", new
        {
            agentId, topic = "Callbacks on time", scheduledAt = Now.AddHours(1), evidence = evidence ?? [],
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private object Hold(string consequence, DateTime? acknowledgeBy = null) => new
    {
        notes = "We went through last week's callbacks; two were late.",
        consequence,
        goals = consequence == "ImprovementPlan" ? new[] { new { goal = "Kept rate at 90%", due = Now.AddDays(30) } } : null,
        reason = consequence == "Release" ? "Moves to another role" : null,
        actionItems = new[]
        {
            new { side = "Agent", what = "Call back within the promised hour", due = Now.AddDays(7) },
            new { side = "Coach", what = "Free an hour for callbacks on Fridays", due = Now.AddDays(5) },
        },
        acknowledgeBy,
    };

    private async Task<JsonElement> HeldSessionAsync(HttpClient lead, Guid agentId, string consequence, DateTime? acknowledgeBy = null)
    {
        var id = await ScheduleAsync(lead, agentId);
        return await JsonAsync(await lead.PostAsJsonAsync($"/api/v1/coaching/{id}/hold", Hold(consequence, acknowledgeBy)), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Full_lifecycle_keeps_the_evidence_as_shown_and_turns_action_items_into_commitments_for_both_sides()
    {
        var lead = await app.SignInAsync("teamlead");
        var agent = await app.SignInAsync("agent");
        var manager = await app.SignInAsync("manager");
        var (agentId, leadId, managerId) = (await IdOfAsync("agent"), await IdOfAsync("teamlead"), await IdOfAsync("manager"));
        var promise = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "FollowUp", promisee = new { personId = leadId }, due = Now.AddHours(4), what = "Send the refund summary",
        }), HttpStatusCode.Created);
        var promiseId = promise.GetProperty("id").GetGuid();
        var (workflowKey, workflowVersion, nodeId) = await app.WithDbAsync(async db =>
        {
            var version = await db.WorkflowVersions.OrderBy(w => w.Key).FirstAsync();
            return (version.Key, version.Version, version.Definition().Start);
        });

        var sessionId = await ScheduleAsync(lead, agentId,
        [
            new { kind = "Commitment", commitmentId = promiseId },
            new { kind = "ScorecardFigure", figure = "keptRate" },
            new { kind = "WorkflowNode", workflowKey, workflowVersion, nodeId },
        ]);

        // What happens to the facts later does not change what the session shows.
        await JsonAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{promiseId}/close", new { outcome = "Kept" }), HttpStatusCode.OK);
        var expectationId = (await JsonAsync(await manager.PostAsJsonAsync("/api/v1/expectations", new
        {
            metric = "onTimeRate", appliesToKind = "Role", appliesTo = "Agent", target = 0.85m, comparison = "AtLeast",
            description = "Agents keep 85% of their promises on time.", ownerId = managerId, changeReason = "Coaching test",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var scheduled = await JsonAsync(await agent.GetAsync($"/api/v1/coaching/{sessionId}"), HttpStatusCode.OK);
        Assert.Equal("Scheduled", scheduled.GetProperty("status").GetString());
        var evidence = scheduled.GetProperty("evidence").EnumerateArray().ToList();
        Assert.Equal(["Commitment", "ScorecardFigure", "WorkflowNode"], evidence.Select(e => e.GetProperty("kind").GetString()));
        Assert.Equal("Open", evidence[0].GetProperty("snapshot").GetProperty("status").GetString());
        Assert.Equal("keptRate", evidence[1].GetProperty("snapshot").GetProperty("key").GetString());
        Assert.Equal(nodeId, evidence[2].GetProperty("snapshot").GetProperty("nodeId").GetString());
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.PersonId == agentId && n.Text.Contains("Callbacks on time"))));

        var held = await JsonAsync(await lead.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/hold", Hold("ImprovementPlan")), HttpStatusCode.OK);
        Assert.Equal("Held", held.GetProperty("status").GetString());
        Assert.Equal("ImprovementPlan", held.GetProperty("consequenceInForce").GetString());
        Assert.Equal("Kept rate at 90%", held.GetProperty("goals")[0].GetProperty("goal").GetString());
        Assert.Equal(Now.AddDays(3), held.GetProperty("acknowledgeBy").GetDateTime().ToUniversalTime());
        // The expectations in force for the agent when the session was held are part of the evidence.
        var expectation = Assert.Single(held.GetProperty("evidence").EnumerateArray(),
            e => e.GetProperty("reference").GetString() == $"expectation/{expectationId}");
        Assert.Equal(0.85m, expectation.GetProperty("snapshot").GetProperty("target").GetDecimal());

        var items = held.GetProperty("actionItems").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        foreach (var item in items)
        {
            var commitment = await JsonAsync(await lead.GetAsync($"/api/v1/commitments/{item.GetProperty("commitmentId").GetGuid()}"), HttpStatusCode.OK);
            var (owner, promisee) = item.GetProperty("side").GetString() == "Agent" ? (agentId, leadId) : (leadId, agentId);
            Assert.Equal("ActionItem", commitment.GetProperty("kind").GetString());
            Assert.Equal(owner, commitment.GetProperty("ownerId").GetGuid());
            Assert.Equal(promisee, commitment.GetProperty("promisee").GetProperty("id").GetGuid());
        }
        var desk = await JsonAsync(await agent.GetAsync("/api/v1/commitments/mine"), HttpStatusCode.OK);
        Assert.Contains(desk.GetProperty("mine").EnumerateArray(), c => c.GetProperty("what").GetString() == "Call back within the promised hour");
        Assert.Contains(desk.GetProperty("owedToMe").EnumerateArray(), c => c.GetProperty("what").GetString() == "Free an hour for callbacks on Fridays");

        var acknowledged = await JsonAsync(await agent.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/acknowledge", new { comment = "Fair" }), HttpStatusCode.OK);
        Assert.Equal("Acknowledged", acknowledged.GetProperty("status").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await agent.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/dispute", new { reason = "Too late" })).StatusCode);

        // An answered session is never flagged: its deadline timer was cancelled.
        app.Time.Advance(TimeSpan.FromDays(4));
        await app.Services.GetRequiredService<TimerDispatcher>().FireDueAsync();
        (agent, lead) = (await app.SignInAsync("agent"), await app.SignInAsync("teamlead"));
        var later = await JsonAsync(await agent.GetAsync($"/api/v1/coaching/{sessionId}"), HttpStatusCode.OK);
        Assert.False(later.GetProperty("acknowledgementOverdue").GetBoolean());
        Assert.Equal("Open", later.GetProperty("evidence")[0].GetProperty("snapshot").GetProperty("status").GetString());

        var history = await JsonAsync(await lead.GetAsync($"/api/v1/coaching?agentId={agentId}"), HttpStatusCode.OK);
        Assert.Contains(history.EnumerateArray(), s => s.GetProperty("id").GetGuid() == sessionId);
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == $"coaching/{sessionId}").OrderBy(e => e.Sequence)
            .Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.CoachingSessionScheduled, AuditEventType.CoachingSessionHeld, AuditEventType.CoachingSessionAcknowledged], audit);
    }

    [SkippableFact]
    public async Task Past_the_acknowledgement_deadline_the_session_is_overdue_and_the_coach_and_their_lead_are_told()
    {
        var lead = await app.SignInAsync("teamlead");
        var agent = await app.SignInAsync("agent");
        var (agentId, leadId, headId) = (await IdOfAsync("agent"), await IdOfAsync("teamlead"), await IdOfAsync("charlie"));
        var held = await HeldSessionAsync(lead, agentId, "Reward", Now.AddDays(1));
        var sessionId = held.GetProperty("id").GetGuid();
        var dispatcher = app.Services.GetRequiredService<TimerDispatcher>();

        app.Time.Advance(TimeSpan.FromDays(1) - TimeSpan.FromSeconds(1));
        await dispatcher.FireDueAsync();
        agent = await app.SignInAsync("agent");
        Assert.False((await JsonAsync(await agent.GetAsync($"/api/v1/coaching/{sessionId}"), HttpStatusCode.OK)).GetProperty("acknowledgementOverdue").GetBoolean());

        app.Time.Advance(TimeSpan.FromSeconds(1));
        await dispatcher.FireDueAsync();
        // Sign-in tokens do not outlive a day of simulated time.
        (agent, lead) = (await app.SignInAsync("agent"), await app.SignInAsync("teamlead"));

        var overdue = await JsonAsync(await lead.GetAsync($"/api/v1/coaching/{sessionId}"), HttpStatusCode.OK);
        Assert.True(overdue.GetProperty("acknowledgementOverdue").GetBoolean());
        Assert.NotEqual(JsonValueKind.Null, overdue.GetProperty("acknowledgementOverdueAt").ValueKind);
        var told = await app.WithDbAsync(db => db.Notifications.Where(n => n.Text.Contains("the deadline passed") && n.Text.Contains("Callbacks on time"))
            .Select(n => n.PersonId).ToListAsync());
        Assert.Contains(leadId, told);
        Assert.Contains(headId, told);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Subject == $"coaching/{sessionId}"
            && e.Type == AuditEventType.CoachingAcknowledgementOverdue)));

        // Late answers are still taken.
        var acknowledged = await JsonAsync(await agent.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/acknowledge", new { }), HttpStatusCode.OK);
        Assert.Equal("Acknowledged", acknowledged.GetProperty("status").GetString());
    }

    [SkippableFact]
    public async Task A_dispute_is_reviewed_by_another_lead_and_the_coach_is_refused()
    {
        var lead = await app.SignInAsync("teamlead");
        var agent = await app.SignInAsync("agent");
        var supervisor = await app.SignInAsync("supervisor");
        var head = await app.SignInAsync("charlie");
        var headId = await IdOfAsync("charlie");
        var sessionId = (await HeldSessionAsync(lead, await IdOfAsync("agent"), "ImprovementPlan")).GetProperty("id").GetGuid();

        var noReason = await agent.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/dispute", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/dispute", new { reason = "x" })).StatusCode);
        var disputed = await JsonAsync(await agent.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/dispute",
            new { reason = "Two of those callbacks reached me after their due time" }), HttpStatusCode.OK);
        Assert.Equal("Disputed", disputed.GetProperty("status").GetString());
        Assert.Equal(headId, disputed.GetProperty("reviewerId").GetGuid());

        var toReview = await JsonAsync(await head.GetAsync("/api/v1/coaching?toReview=true"), HttpStatusCode.OK);
        Assert.Contains(toReview.EnumerateArray(), s => s.GetProperty("id").GetGuid() == sessionId);
        Assert.DoesNotContain((await JsonAsync(await lead.GetAsync("/api/v1/coaching?toReview=true"), HttpStatusCode.OK)).EnumerateArray(),
            s => s.GetProperty("id").GetGuid() == sessionId);

        var upheld = new { decision = "Upheld", reason = "The record stands" };
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/review", upheld)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/review", upheld)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/review", upheld)).StatusCode);

        var reviewed = await JsonAsync(await head.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/review", new
        {
            decision = "Amended", reason = "The late hand-overs were not the agent's doing", consequence = "Repeat",
        }), HttpStatusCode.OK);
        Assert.Equal("DisputeReviewed", reviewed.GetProperty("status").GetString());
        Assert.Equal("ImprovementPlan", reviewed.GetProperty("consequence").GetString());
        Assert.Equal("Repeat", reviewed.GetProperty("consequenceInForce").GetString());
        Assert.Equal(headId, reviewed.GetProperty("reviewedById").GetGuid());
        Assert.Equal(HttpStatusCode.Conflict, (await head.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/review", upheld)).StatusCode);
    }

    [SkippableFact]
    public async Task Agents_see_only_their_own_sessions_and_leads_those_of_their_team()
    {
        var lead = await app.SignInAsync("teamlead");
        var agentId = await IdOfAsync("agent");
        var sessionId = await ScheduleAsync(lead, agentId);
        var agent = await app.SignInAsync("agent");
        var peer = await app.SignInAsync("jordan");
        var otherLead = await app.SignInAsync("jamie");
        var supervisor = await app.SignInAsync("supervisor");

        Assert.Contains((await JsonAsync(await agent.GetAsync("/api/v1/coaching"), HttpStatusCode.OK)).EnumerateArray(), s => s.GetProperty("id").GetGuid() == sessionId);
        Assert.Equal(HttpStatusCode.OK, (await supervisor.GetAsync($"/api/v1/coaching/{sessionId}")).StatusCode);
        foreach (var outsider in new[] { peer, otherLead })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"/api/v1/coaching/{sessionId}")).StatusCode);
            Assert.DoesNotContain((await JsonAsync(await outsider.GetAsync("/api/v1/coaching"), HttpStatusCode.OK)).EnumerateArray(),
                s => s.GetProperty("id").GetGuid() == sessionId);
            Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync($"/api/v1/coaching?agentId={agentId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/acknowledge", new { })).StatusCode);
        }

        // Only leads schedule and record, and only with the people they lead.
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync("/api/v1/coaching",
            new { agentId = await IdOfAsync("jordan"), topic = "x", scheduledAt = Now.AddHours(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await lead.PostAsJsonAsync("/api/v1/coaching",
            new { agentId = await IdOfAsync("avery"), topic = "x", scheduledAt = Now.AddHours(1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/hold", Hold("Reward"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await supervisor.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/hold", Hold("Reward"))).StatusCode);
    }

    [SkippableFact]
    public async Task Bad_input_is_refused_naming_the_field()
    {
        var lead = await app.SignInAsync("teamlead");
        var agentId = await IdOfAsync("agent");
        var bad = await lead.PostAsJsonAsync("/api/v1/coaching", new
        {
            agentId, topic = "x", scheduledAt = Now.AddHours(1), evidence = new[] { new { kind = "ScorecardFigure", figure = "rank" } },
        });
        Assert.True((await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("evidence[0].figure", out _));
        var jordan = await app.SignInAsync("jordan");
        var hisPromise = (await JsonAsync(await jordan.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "FollowUp", promisee = new { personId = agentId }, due = Now.AddHours(4), what = "Jordan's own promise",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var notHis = await lead.PostAsJsonAsync("/api/v1/coaching", new
        {
            agentId, topic = "x", scheduledAt = Now.AddHours(1), evidence = new[] { new { kind = "Commitment", commitmentId = hisPromise } },
        });
        Assert.True((await JsonAsync(notHis, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("evidence[0].commitmentId", out _));

        var sessionId = await ScheduleAsync(lead, agentId);
        var planWithoutGoals = await lead.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/hold", new
        {
            notes = "n", consequence = "ImprovementPlan", actionItems = Array.Empty<object>(),
        });
        Assert.True((await JsonAsync(planWithoutGoals, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("goals", out _));
        var releaseWithoutReason = await lead.PostAsJsonAsync($"/api/v1/coaching/{sessionId}/hold", new
        {
            notes = "n", consequence = "Release", actionItems = new[] { new { side = "Coach", what = "Never created", due = Now.AddDays(1) } },
        });
        Assert.True((await JsonAsync(releaseWithoutReason, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("reason", out _));
        Assert.False(await app.WithDbAsync(db => db.Commitments.AnyAsync(c => c.What == "Never created")));
        var stillScheduled = await JsonAsync(await lead.GetAsync($"/api/v1/coaching/{sessionId}"), HttpStatusCode.OK);
        Assert.Equal("Scheduled", stillScheduled.GetProperty("status").GetString());
    }
}

public sealed class CoachingApiTestsOnSqlite(SqliteApp app) : CoachingApiTests(app), IClassFixture<SqliteApp>;

public sealed class CoachingApiTestsOnPostgres(PostgresApp app) : CoachingApiTests(app), IClassFixture<PostgresApp>;
