using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Pages;

/// <summary>The Coaching and Feedback pages as the server prerenders them for the people involved.</summary>
public abstract class CoachingAndFeedbackPageTests(BatonApp app)
{
    private Task<Guid> IdOfAsync(string userName) =>
        app.WithDbAsync(db => db.People.Where(p => p.UserName == userName).Select(p => p.Id).SingleAsync());

    [SkippableFact]
    public async Task The_agent_sees_their_session_with_its_evidence_and_outsiders_see_nothing()
    {
        var lead = await app.SignInAsync("teamlead");
        var created = await lead.PostAsJsonAsync("/api/v1/coaching", new
        {
            agentId = await IdOfAsync("agent"), topic = "Warm transfers to Finance", scheduledAt = app.Time.GetUtcNow().UtcDateTime.AddHours(2),
            evidence = new[] { new { kind = "ScorecardFigure", figure = "onTimeRate" } },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var agentList = await (await app.SignInAsync("agent")).GetStringAsync("/coaching");
        Assert.Contains("Warm transfers to Finance", agentList, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"schedule-session\"", agentList, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"schedule-session\"", await lead.GetStringAsync("/coaching"), StringComparison.Ordinal);

        var detail = await (await app.SignInAsync("agent")).GetStringAsync($"/coaching/{id}");
        Assert.Contains("data-testid=\"session-evidence\"", detail, StringComparison.Ordinal);
        Assert.Contains("On time, ", detail, StringComparison.Ordinal);
        Assert.Contains("Scheduled", detail, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"record-session\"", detail, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"record-session\"", await lead.GetStringAsync($"/coaching/{id}"), StringComparison.Ordinal);

        var outsider = await (await app.SignInAsync("jordan")).GetStringAsync($"/coaching/{id}");
        Assert.Contains("data-testid=\"session-missing\"", outsider, StringComparison.Ordinal);
        Assert.DoesNotContain("Warm transfers to Finance", outsider, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task The_feedback_page_lists_what_to_answer_with_its_deadline()
    {
        var agent = await app.SignInAsync("agent");
        var given = await agent.PostAsJsonAsync("/api/v1/feedback",
            new { targetKind = "Person", targetId = await IdOfAsync("casey"), theme = "Recognition", text = "Thanks for taking my 5 pm callback" });
        Assert.Equal(HttpStatusCode.Created, given.StatusCode);

        var html = await (await app.SignInAsync("casey")).GetStringAsync("/feedback");
        Assert.Contains("data-testid=\"give-feedback\"", html, StringComparison.Ordinal);
        Assert.Contains("Thanks for taking my 5 pm callback", html, StringComparison.Ordinal);
        Assert.Contains("Answer by", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"anonymous-empty\"", html, StringComparison.Ordinal);

        var agentHtml = await agent.GetStringAsync("/feedback");
        Assert.Contains("data-testid=\"received-empty\"", agentHtml, StringComparison.Ordinal);
        Assert.Contains("Thanks for taking my 5 pm callback", agentHtml, StringComparison.Ordinal);
    }
}

public sealed class CoachingAndFeedbackPageTestsOnSqlite(SqliteApp app) : CoachingAndFeedbackPageTests(app), IClassFixture<SqliteApp>;

public sealed class CoachingAndFeedbackPageTestsOnPostgres(PostgresApp app) : CoachingAndFeedbackPageTests(app), IClassFixture<PostgresApp>;
