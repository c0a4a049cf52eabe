using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Scorecards;

public abstract class ContextNoteTests(BatonApp app)
{
    private readonly CommitmentLedger _ledger = new(app);

    private string ThisMonth()
    {
        var now = app.Time.GetUtcNow().UtcDateTime;
        var from = new DateTime(now.Year, now.Month, 1, 0, 0, 0, DateTimeKind.Utc);
        return $"from={from:yyyy-MM-dd}T00:00:00Z&to={from.AddMonths(1):yyyy-MM-dd}T00:00:00Z";
    }

    /// <summary>One kept and one broken promise of the agent, closed now; returns the broken one.</summary>
    private async Task<(Guid Kept, Guid Broken)> KeptAndBrokenAsync(HttpClient agent)
    {
        var kept = Id(await _ledger.PromiseAsync(agent, what: "Kept promise"));
        var broken = Id(await _ledger.PromiseAsync(agent, what: "Promise the customer cancelled late"));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{kept}/close", new { outcome = "Kept" }));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{broken}/close", new { outcome = "Broken", reason = "No answer" }));
        return (kept, broken);
    }

    private async Task<(int Numerator, int Denominator)> KeptRateAsync(HttpClient client, Guid personId)
    {
        var card = await OkAsync(await client.GetAsync($"/api/v1/scorecards/people/{personId}?{ThisMonth()}"));
        var kept = card.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "keptRate");
        return ((int)kept.GetProperty("numerator").GetDouble(), kept.GetProperty("denominator").GetInt32());
    }

    [SkippableFact]
    public async Task An_accepted_note_excludes_the_item_and_only_a_lead_of_the_author_may_review_it()
    {
        var agent = await app.SignInAsync("agent");
        var lead = await app.SignInAsync("teamlead");
        var peer = await app.SignInAsync("jordan");
        var agentId = await _ledger.PersonAsync("agent");
        var (_, broken) = await KeptAndBrokenAsync(agent);
        var before = await KeptRateAsync(agent, agentId);

        // Nobody explains another person's item.
        await RefusedAsync(await peer.PostAsJsonAsync("/api/v1/scorecards/notes", new { itemId = broken, text = "Not mine" }), HttpStatusCode.Forbidden);
        await RefusedAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes", new { itemId = broken, text = "  " }), HttpStatusCode.BadRequest, "text");
        await RefusedAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes", new { itemId = Guid.NewGuid(), text = "x" }), HttpStatusCode.BadRequest, "itemId");

        var note = await OkAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes",
            new { itemKind = "Commitment", itemId = broken, text = "The customer asked us to stop calling." }), HttpStatusCode.Created);
        var noteId = note.GetProperty("id").GetGuid();
        Assert.Equal("Pending", note.GetProperty("status").GetString());
        await RefusedAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes", new { itemId = broken, text = "Again" }), HttpStatusCode.Conflict, "itemId");

        // The lead is told, and sees the note as theirs to review; the peer does not see it at all.
        var leadId = await _ledger.PersonAsync("teamlead");
        Assert.Contains(await _ledger.NotificationsAsync(broken), n => n.PersonId == leadId && n.Text.Contains("added context", StringComparison.Ordinal));
        var pending = await OkAsync(await lead.GetAsync("/api/v1/scorecards/notes?status=Pending"));
        Assert.True(pending.EnumerateArray().Single(n => n.GetProperty("id").GetGuid() == noteId).GetProperty("mayReview").GetBoolean());
        Assert.DoesNotContain((await OkAsync(await peer.GetAsync("/api/v1/scorecards/notes"))).EnumerateArray(), n => n.GetProperty("id").GetGuid() == noteId);

        // Neither the author nor a peer reviews it; the item still counts until a lead accepts.
        await RefusedAsync(await agent.PostAsJsonAsync($"/api/v1/scorecards/notes/{noteId}/review", new { decision = "Accept" }), HttpStatusCode.Forbidden);
        await RefusedAsync(await peer.PostAsJsonAsync($"/api/v1/scorecards/notes/{noteId}/review", new { decision = "Accept" }), HttpStatusCode.Forbidden);
        await RefusedAsync(await lead.PostAsJsonAsync($"/api/v1/scorecards/notes/{noteId}/review", new { decision = "Decline" }), HttpStatusCode.BadRequest, "reason");
        Assert.Equal(before, await KeptRateAsync(agent, agentId));

        var accepted = await OkAsync(await lead.PostAsJsonAsync($"/api/v1/scorecards/notes/{noteId}/review", new { decision = "Accept" }));
        Assert.Equal("Accepted", accepted.GetProperty("status").GetString());
        Assert.Equal((before.Numerator, before.Denominator - 1), await KeptRateAsync(agent, agentId));
        var items = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=keptRate&part=all&{ThisMonth()}"));
        Assert.DoesNotContain(items.EnumerateArray(), i => i.GetProperty("id").GetGuid() == broken);
        await RefusedAsync(await lead.PostAsJsonAsync($"/api/v1/scorecards/notes/{noteId}/review", new { decision = "Decline", reason = "Changed my mind" }),
            HttpStatusCode.Conflict);
        Assert.Contains(await _ledger.NotificationsAsync(broken), n => n.PersonId == agentId && n.Text.Contains("accepted", StringComparison.Ordinal));
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == $"context-note/{noteId:D}").Select(e => e.Type).ToListAsync());
        Assert.Equal([Baton.Core.Audit.AuditEventType.ContextNoteAttached, Baton.Core.Audit.AuditEventType.ContextNoteAccepted], audit);
    }

    [SkippableFact]
    public async Task A_declined_note_keeps_the_item_counting_and_tells_the_author_why()
    {
        var agent = await app.SignInAsync("agent");
        var lead = await app.SignInAsync("teamlead");
        var agentId = await _ledger.PersonAsync("agent");
        var (_, broken) = await KeptAndBrokenAsync(agent);
        var before = await KeptRateAsync(agent, agentId);
        var note = await OkAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes", new { itemId = broken, text = "It was a busy day." }), HttpStatusCode.Created);
        var noteId = note.GetProperty("id").GetGuid();

        var declined = await OkAsync(await lead.PostAsJsonAsync($"/api/v1/scorecards/notes/{noteId}/review",
            new { decision = "Decline", reason = "Busy days happen; the callback still needed an attempt." }));

        Assert.Equal("Declined", declined.GetProperty("status").GetString());
        Assert.Equal(before, await KeptRateAsync(agent, agentId));
        Assert.Contains(await _ledger.NotificationsAsync(broken), n => n.PersonId == agentId && n.Text.Contains("still needed an attempt", StringComparison.Ordinal));
        var items = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/items?figure=keptRate&part=broken&{ThisMonth()}"));
        Assert.Equal("Declined", items.EnumerateArray().Single(i => i.GetProperty("id").GetGuid() == broken).GetProperty("noteStatus").GetString());
        // After a decline the author may explain again.
        await OkAsync(await agent.PostAsJsonAsync("/api/v1/scorecards/notes", new { itemId = broken, text = "More context: the line was down." }), HttpStatusCode.Created);
    }

    [SkippableFact]
    public async Task Figures_are_judged_against_the_expectations_that_apply_and_the_monthly_summary_compares_months()
    {
        var manager = await app.SignInAsync("manager");
        var agent = await app.SignInAsync("agent");
        var agentId = await _ledger.PersonAsync("agent");
        var managerId = await _ledger.PersonAsync("manager");
        await OkAsync(await manager.PostAsJsonAsync("/api/v1/expectations", new
        {
            metric = "keptRate", appliesToKind = "Role", appliesTo = "Agent", target = 0.99, comparison = "AtLeast",
            description = "Agents keep 99 % of their promises.", ownerId = managerId, changeReason = "Testing a strict target",
        }), HttpStatusCode.Created);
        await OkAsync(await manager.PostAsJsonAsync("/api/v1/expectations", new
        {
            metric = "keptRate", appliesToKind = "Role", appliesTo = "Manager", target = 0.10, comparison = "AtLeast",
            description = "A target for another role.", ownerId = managerId, changeReason = "Not the agent's",
        }), HttpStatusCode.Created);
        await KeptAndBrokenAsync(agent);

        var card = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}?{ThisMonth()}"));
        var targets = card.GetProperty("targets").EnumerateArray().Where(t => t.GetProperty("metric").GetString() == "keptRate").ToList();
        var strict = targets.Single(t => t.GetProperty("target").GetDecimal() == 0.99m);
        Assert.False(strict.GetProperty("met").GetBoolean());
        Assert.Equal("Agent", strict.GetProperty("appliesToName").GetString());
        Assert.DoesNotContain(targets, t => t.GetProperty("appliesToName").GetString() == "Manager");

        // Next month: one more kept promise. The summary sets this month beside the last.
        var lastMonth = app.Time.GetUtcNow().UtcDateTime;
        var before = await KeptRateAsync(agent, agentId);
        app.Time.Advance(TimeSpan.FromDays(32));
        agent = await app.SignInAsync("agent");
        var kept = Id(await _ledger.PromiseAsync(agent, what: "Next month's promise"));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{kept}/close", new { outcome = "Kept" }));
        var month = app.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        var summary = await OkAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/summary?month={month}"));
        var row = summary.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "keptRate");
        Assert.Equal(1.0, row.GetProperty("thisMonth").GetDouble());
        Assert.Equal((double)before.Numerator / before.Denominator, row.GetProperty("lastMonth").GetDouble(), 6);
        Assert.Equal(lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture) + "-01T00:00:00Z", summary.GetProperty("previousMonth").GetString());

        var csv = await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/summary.csv?month={month}");
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("Figure,Unit,ThisMonth,LastMonth,ThisMonthItems,LastMonthItems,Expected,Met", lines[0]);
        var keptLine = lines.Single(l => l.StartsWith("Kept rate,", StringComparison.Ordinal));
        Assert.StartsWith($"Kept rate,rate,1,{((double)before.Numerator / before.Denominator).ToString("0.####", CultureInfo.InvariantCulture)},1,{before.Denominator},", keptLine);
        Assert.Contains(">= 0.99 (Agent)", keptLine, StringComparison.Ordinal);

        await RefusedAsync(await agent.GetAsync($"/api/v1/scorecards/people/{agentId}/summary?month=November"), HttpStatusCode.BadRequest, "month");
        await RefusedAsync(await (await app.SignInAsync("jordan")).GetAsync($"/api/v1/scorecards/people/{agentId}/summary.csv"), HttpStatusCode.Forbidden);
    }
}

public sealed class ContextNoteTestsOnSqlite(SqliteApp app) : ContextNoteTests(app), IClassFixture<SqliteApp>;

public sealed class ContextNoteTestsOnPostgres(PostgresApp app) : ContextNoteTests(app), IClassFixture<PostgresApp>;
