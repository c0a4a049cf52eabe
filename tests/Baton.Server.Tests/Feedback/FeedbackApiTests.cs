using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Feedback;

public abstract class FeedbackApiTests(BatonApp app)
{
    private static readonly string[] EveryRole = ["agent", "teamlead", "supervisor", "departmenthead", "manager", "qualityanalyst", "admin"];

    private Task<Guid> IdOfAsync(string userName) =>
        app.WithDbAsync(db => db.People.Where(p => p.UserName == userName).Select(p => p.Id).SingleAsync());

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"expected {expected}, got {response.StatusCode}: {body}");
        return body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone();
    }

    private static object Anonymous(Guid targetId, string text, string theme = "Communication") =>
        new { targetKind = "Person", targetId, theme, text, anonymous = true };

    [SkippableFact]
    public async Task Named_feedback_gives_the_receiver_a_response_commitment_that_the_response_keeps()
    {
        var agent = await app.SignInAsync("agent");
        var lead = await app.SignInAsync("teamlead");
        var (agentId, leadId) = (await IdOfAsync("agent"), await IdOfAsync("teamlead"));
        var item = (await JsonAsync(await agent.PostAsJsonAsync("/api/v1/commitments", new
        {
            kind = "FollowUp", promisee = new { personId = leadId }, due = app.Time.GetUtcNow().UtcDateTime.AddHours(4), what = "Send the shift notes",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var given = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/feedback", new
        {
            targetKind = "Person", targetId = leadId, theme = "Support", text = "The handover notes came too late for my callbacks",
            itemKind = "Commitment", itemId = item,
        }), HttpStatusCode.Created);
        var feedbackId = given.GetProperty("id").GetGuid();
        Assert.Equal(leadId, given.GetProperty("receiverId").GetGuid());
        var commitmentId = given.GetProperty("responseCommitmentId").GetGuid();
        var commitment = await JsonAsync(await lead.GetAsync($"/api/v1/commitments/{commitmentId}"), HttpStatusCode.OK);
        Assert.Equal("FollowUp", commitment.GetProperty("kind").GetString());
        Assert.Equal(leadId, commitment.GetProperty("ownerId").GetGuid());
        Assert.Equal(agentId, commitment.GetProperty("promisee").GetProperty("id").GetGuid());
        Assert.Equal(app.Time.GetUtcNow().UtcDateTime.AddDays(3), commitment.GetProperty("due").GetDateTime().ToUniversalTime());

        var received = await JsonAsync(await lead.GetAsync("/api/v1/feedback/received"), HttpStatusCode.OK);
        Assert.Contains(received.EnumerateArray(), f => f.GetProperty("id").GetGuid() == feedbackId);
        Assert.Equal(HttpStatusCode.NotFound, (await (await app.SignInAsync("jordan")).GetAsync($"/api/v1/feedback/{feedbackId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsJsonAsync($"/api/v1/feedback/{feedbackId}/response", new { text = "me?" })).StatusCode);

        var responded = await JsonAsync(await lead.PostAsJsonAsync($"/api/v1/feedback/{feedbackId}/response",
            new { text = "From tomorrow the notes go out 15 minutes before shift end." }), HttpStatusCode.OK);
        Assert.Equal("Closed", responded.GetProperty("responseCommitmentStatus").GetString());
        var closed = await JsonAsync(await lead.GetAsync($"/api/v1/commitments/{commitmentId}"), HttpStatusCode.OK);
        Assert.Equal("Kept", closed.GetProperty("outcome").GetString());
        var mine = await JsonAsync(await agent.GetAsync("/api/v1/feedback/given"), HttpStatusCode.OK);
        Assert.Equal("From tomorrow the notes go out 15 minutes before shift end.",
            Assert.Single(mine.EnumerateArray(), f => f.GetProperty("id").GetGuid() == feedbackId).GetProperty("response").GetString());
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.PersonId == agentId && n.Text.Contains("got a response"))));
        Assert.Equal(HttpStatusCode.Conflict, (await lead.PostAsJsonAsync($"/api/v1/feedback/{feedbackId}/response", new { text = "again" })).StatusCode);
        var audit = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == $"feedback/{feedbackId}").OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.FeedbackGiven, AuditEventType.FeedbackResponded], audit);
    }

    [SkippableFact]
    public async Task Feedback_to_a_department_goes_to_its_head_and_to_the_leadership_to_a_manager()
    {
        var agent = await app.SignInAsync("agent");
        var finance = await app.WithDbAsync(db => db.Departments.Where(d => d.Name == "Finance").Select(d => d.Id).SingleAsync());

        var toDepartment = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/feedback",
            new { targetKind = "Department", targetId = finance, theme = "Process", text = "Refund hand-offs wait a day before anyone accepts them" }),
            HttpStatusCode.Created);
        Assert.Equal(await IdOfAsync("departmenthead"), toDepartment.GetProperty("receiverId").GetGuid());
        Assert.Equal("Finance department", toDepartment.GetProperty("targetName").GetString());

        var toLeadership = await JsonAsync(await agent.PostAsJsonAsync("/api/v1/feedback",
            new { targetKind = "Leadership", theme = "Workload", text = "Three campaigns in one week is too many" }), HttpStatusCode.Created);
        Assert.Equal(await IdOfAsync("manager"), toLeadership.GetProperty("receiverId").GetGuid());

        var refused = await agent.PostAsJsonAsync("/api/v1/feedback", new { targetKind = "Person", targetId = await IdOfAsync("agent"), theme = "Other", text = "me" });
        Assert.True((await JsonAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("targetId", out _));
    }

    [SkippableFact]
    public async Task Anonymous_feedback_stays_invisible_to_every_role_below_three_givers_and_shows_only_as_an_aggregate_from_three()
    {
        var targetId = await IdOfAsync("supervisor");
        var (jordanId, caseyId, rileyId) = (await IdOfAsync("jordan"), await IdOfAsync("casey"), await IdOfAsync("riley"));
        var jordan = await app.SignInAsync("jordan");
        var casey = await app.SignInAsync("casey");
        var riley = await app.SignInAsync("riley");

        var receipt = await JsonAsync(await jordan.PostAsJsonAsync("/api/v1/feedback", Anonymous(targetId, "First secret remark")), HttpStatusCode.Accepted);
        Assert.Equal(["message"], receipt.EnumerateObject().Select(p => p.Name));
        await JsonAsync(await casey.PostAsJsonAsync("/api/v1/feedback", Anonymous(targetId, "Second secret remark")), HttpStatusCode.Accepted);
        // The same person writing again still counts once.
        await JsonAsync(await casey.PostAsJsonAsync("/api/v1/feedback", Anonymous(targetId, "Third secret remark", "Process")), HttpStatusCode.Accepted);

        var everyone = new List<HttpClient>();
        foreach (var user in EveryRole.Concat(["jordan", "casey", "charlie", "jamie"]))
        {
            everyone.Add(await app.SignInAsync(user));
        }
        foreach (var client in everyone)
        {
            foreach (var path in new[] { "/api/v1/feedback/anonymous", "/api/v1/feedback/received", "/api/v1/feedback/given", "/api/v1/feedback/anonymous/responses",
                         "/api/v1/notifications", "/api/v1/commitments/mine" })
            {
                var body = await (await client.GetAsync(path)).Content.ReadAsStringAsync();
                Assert.DoesNotContain("secret remark", body, StringComparison.Ordinal);
            }
            Assert.Empty((await JsonAsync(await client.GetAsync("/api/v1/feedback/anonymous"), HttpStatusCode.OK)).EnumerateArray());
        }
        var leaderAudit = await (await app.SignInAsync("admin")).GetStringAsync("/api/v1/audit/events?take=500");
        Assert.DoesNotContain("secret remark", leaderAudit, StringComparison.Ordinal);
        Assert.Empty(await app.WithDbAsync(db => db.AnonymousFeedbackGroups.ToListAsync()));
        Assert.False(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.PersonId == targetId && n.Text.Contains("nonymous"))));

        // Nothing stored names the givers.
        var rows = await app.WithDbAsync(db => db.AnonymousFeedback.AsNoTracking().ToListAsync());
        Assert.Equal(3, rows.Count);
        Assert.Equal(2, rows.Select(r => r.GiverKey).Distinct().Count());
        foreach (var id in new[] { jordanId, caseyId })
        {
            Assert.All(rows, r => Assert.DoesNotContain(id.ToString("N"), r.GiverKey, StringComparison.OrdinalIgnoreCase));
        }
        var anonymousEvents = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Type == AuditEventType.AnonymousFeedbackGiven).ToListAsync());
        Assert.Equal(3, anonymousEvents.Count);
        Assert.All(anonymousEvents, e => Assert.Equal((null, "anonymous", null, null), (e.ActorId, e.ActorName, e.Before, e.After)));

        await JsonAsync(await riley.PostAsJsonAsync("/api/v1/feedback", Anonymous(targetId, "Fourth secret remark", "Recognition")), HttpStatusCode.Accepted);

        var supervisor = await app.SignInAsync("supervisor");
        var visible = Assert.Single((await JsonAsync(await supervisor.GetAsync("/api/v1/feedback/anonymous"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal((3, 4), (visible.GetProperty("givers").GetInt32(), visible.GetProperty("items").GetInt32()));
        Assert.Equal(["First secret remark", "Fourth secret remark", "Second secret remark", "Third secret remark"],
            visible.GetProperty("texts").EnumerateArray().Select(t => t.GetString()));
        var names = visible.EnumerateObject().Select(p => p.Name).ToList();
        Assert.DoesNotContain(names, n => n.Contains("giver", StringComparison.OrdinalIgnoreCase) && n != "givers");
        foreach (var reader in new[] { "manager", "admin", "charlie" })
        {
            Assert.Single((await JsonAsync(await (await app.SignInAsync(reader)).GetAsync("/api/v1/feedback/anonymous"), HttpStatusCode.OK)).EnumerateArray());
        }
        foreach (var outsider in new[] { "agent", "jordan", "qualityanalyst", "teamlead" })
        {
            Assert.Empty((await JsonAsync(await (await app.SignInAsync(outsider)).GetAsync("/api/v1/feedback/anonymous"), HttpStatusCode.OK)).EnumerateArray());
        }

        // The receiver now owes a response, and the giver who tipped it over is recorded nowhere.
        var commitmentId = visible.GetProperty("responseCommitmentId").GetGuid();
        var commitment = await JsonAsync(await supervisor.GetAsync($"/api/v1/commitments/{commitmentId}"), HttpStatusCode.OK);
        Assert.Equal(targetId, commitment.GetProperty("ownerId").GetGuid());
        Assert.Equal(await IdOfAsync("charlie"), commitment.GetProperty("promisee").GetProperty("id").GetGuid());
        Assert.NotEqual(rileyId, commitment.GetProperty("createdById").GetGuid());
        Assert.All(await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == $"commitment/{commitmentId}").ToListAsync()),
            e => Assert.Null(e.ActorId));
        Assert.True(await app.WithDbAsync(db => db.Notifications.AnyAsync(n => n.PersonId == targetId && n.Text.Contains("Anonymous feedback from 3 people"))));

        var groupId = visible.GetProperty("groupId").GetGuid();
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.SignInAsync("manager")).PostAsJsonAsync($"/api/v1/feedback/anonymous/{groupId}/response",
            new { text = "Not mine to answer" })).StatusCode);
        var responded = await JsonAsync(await supervisor.PostAsJsonAsync($"/api/v1/feedback/anonymous/{groupId}/response",
            new { text = "I will hold a monthly open hour." }), HttpStatusCode.OK);
        Assert.Equal("I will hold a monthly open hour.", responded.GetProperty("response").GetString());
        Assert.Equal("Kept", (await JsonAsync(await supervisor.GetAsync($"/api/v1/commitments/{commitmentId}"), HttpStatusCode.OK)).GetProperty("outcome").GetString());

        // Contributors read the response (never the others' texts); people who gave nothing see nothing.
        var answer = Assert.Single((await JsonAsync(await jordan.GetAsync("/api/v1/feedback/anonymous/responses"), HttpStatusCode.OK)).EnumerateArray());
        Assert.Equal("I will hold a monthly open hour.", answer.GetProperty("response").GetString());
        Assert.DoesNotContain("secret remark", answer.GetRawText(), StringComparison.Ordinal);
        Assert.Empty((await JsonAsync(await (await app.SignInAsync("agent")).GetAsync("/api/v1/feedback/anonymous/responses"), HttpStatusCode.OK)).EnumerateArray());
    }

    [SkippableFact]
    public async Task Anonymous_feedback_names_no_item_and_never_the_givers_own_person()
    {
        var agent = await app.SignInAsync("agent");
        var agentId = await IdOfAsync("agent");
        var leadId = await IdOfAsync("teamlead");

        var withItem = await agent.PostAsJsonAsync("/api/v1/feedback",
            new { targetKind = "Person", targetId = leadId, theme = "Other", text = "x", anonymous = true, itemKind = "Commitment", itemId = Guid.NewGuid() });
        Assert.True((await JsonAsync(withItem, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("itemId", out _));
        var toSelf = await agent.PostAsJsonAsync("/api/v1/feedback", Anonymous(agentId, "x"));
        Assert.True((await JsonAsync(toSelf, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("targetId", out _));
        Assert.Empty(await app.WithDbAsync(db => db.AnonymousFeedback.Where(f => f.TargetId == agentId || f.TargetId == leadId).ToListAsync()));
    }
}

public sealed class FeedbackApiTestsOnSqlite(SqliteApp app) : FeedbackApiTests(app), IClassFixture<SqliteApp>;

public sealed class FeedbackApiTestsOnPostgres(PostgresApp app) : FeedbackApiTests(app), IClassFixture<PostgresApp>;
