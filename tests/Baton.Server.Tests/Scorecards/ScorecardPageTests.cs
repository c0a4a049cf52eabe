using System.Net.Http.Json;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Scorecards;

/// <summary>The scorecard pages as the server prerenders them: figures against expectations, the trend chart, notes and the monthly summary.</summary>
public abstract class ScorecardPageTests(BatonApp app)
{
    private readonly CommitmentLedger _ledger = new(app);

    [SkippableFact]
    public async Task My_scorecard_shows_each_figure_against_its_expectation_with_a_trend_chart_and_my_lead_sees_my_note()
    {
        var agent = await app.SignInAsync("agent");
        var kept = Id(await _ledger.PromiseAsync(agent, what: "Kept promise"));
        var broken = Id(await _ledger.PromiseAsync(agent, what: "Broken promise"));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{kept}/close", new { outcome = "Kept" }));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{broken}/close", new { outcome = "Broken", reason = "No answer" }));
        await OkAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes", new { itemId = broken, text = "The customer was abroad all week." }),
            System.Net.HttpStatusCode.Created);

        var html = System.Net.WebUtility.HtmlDecode(await app.PageAsync("agent", "/scorecard"));

        // The demo expects agents to keep 90 % of their promises; one of two is not met.
        Assert.Contains("Expected ≥ 90 % (Agent) · not met", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"trend-chart\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"trend-point\"", html, StringComparison.Ordinal);
        Assert.Contains("Kept rate Mar 2026: 50 %", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"monthly-summary\"", html, StringComparison.Ordinal);

        var lead = System.Net.WebUtility.HtmlDecode(await app.PageAsync("teamlead", $"/scorecards/people/{await _ledger.PersonAsync("agent")}"));
        Assert.Contains("The customer was abroad all week.", lead, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"context-note-status\"", lead, StringComparison.Ordinal);

        var summary = await app.PageAsync("agent", $"/scorecards/people/{await _ledger.PersonAsync("agent")}/summary?month=2026-03");
        Assert.Contains("data-testid=\"summary-keptRate\"", summary, StringComparison.Ordinal);
        Assert.Contains("March 2026", summary, StringComparison.Ordinal);
        Assert.Contains("February 2026", summary, StringComparison.Ordinal);
    }
}

public sealed class ScorecardPageTestsOnSqlite(SqliteApp app) : ScorecardPageTests(app), IClassFixture<SqliteApp>;

public sealed class ScorecardPageTestsOnPostgres(PostgresApp app) : ScorecardPageTests(app), IClassFixture<PostgresApp>;
