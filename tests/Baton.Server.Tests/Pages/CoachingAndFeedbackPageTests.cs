using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Coaching;
using Baton.Core.Commitments;
using Baton.Server.Features.Demo;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

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

    [SkippableFact]
    public async Task The_demo_has_sessions_in_every_state_and_feedback_in_every_direction_on_the_pages()
    {
        app.RequireDatabase();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ActivatorUtilities.CreateInstance<DemoCoachingSeeder>(scope.ServiceProvider).SeedAsync();
        }
        var sessions = await app.WithDbAsync(db => db.CoachingSessions.AsNoTracking().AsSplitQuery().ToListAsync());
        Assert.Equal([CoachingStatus.Scheduled, CoachingStatus.Held, CoachingStatus.Acknowledged, CoachingStatus.Disputed],
            sessions.Where(s => s.Topic != "Warm transfers to Finance").Select(s => s.Status).Order());
        var actionItems = sessions.SelectMany(s => s.ActionItems).Select(a => a.CommitmentId).ToList();
        Assert.Equal(6, actionItems.Count);
        Assert.Equal(6, await app.WithDbAsync(db => db.Commitments.CountAsync(c => actionItems.Contains(c.Id) && c.Kind == CommitmentKind.ActionItem)));

        var charlie = await (await app.SignInAsync("charlie")).GetStringAsync("/coaching");
        Assert.Contains("data-testid=\"to-review\"", charlie, StringComparison.Ordinal);
        Assert.Contains("Hand-offs to Tech Support", charlie, StringComparison.Ordinal);
        var supervisor = await (await app.SignInAsync("supervisor")).GetStringAsync("/feedback");
        Assert.Contains("More praise in front of the team would go a long way.", supervisor, StringComparison.Ordinal);
        Assert.Contains("3 people, 3 remarks", supervisor, StringComparison.Ordinal);
        var lead = await (await app.SignInAsync("teamlead")).GetStringAsync("/feedback");
        Assert.Contains("The handover notes at shift end came too late", lead, StringComparison.Ordinal);
    }
}

public sealed class CoachingAndFeedbackPageTestsOnSqlite(SqliteApp app) : CoachingAndFeedbackPageTests(app), IClassFixture<SqliteApp>;

public sealed class CoachingAndFeedbackPageTestsOnPostgres(PostgresApp app) : CoachingAndFeedbackPageTests(app), IClassFixture<PostgresApp>;
