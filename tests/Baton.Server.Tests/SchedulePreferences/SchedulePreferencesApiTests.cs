using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Discretion;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.SchedulePreferences;

/// <summary>Agents submit shift preferences and unavailability; leads see them beside the roster with the honoured rate.</summary>
public abstract class SchedulePreferencesApiTests(BatonApp app)
{
    private readonly DiscretionDesk _desk = new(app);

    private DateOnly Today => DateOnly.FromDateTime(app.Time.GetUtcNow().UtcDateTime);

    [SkippableFact]
    public async Task An_agent_submits_preferences_and_unavailability_their_lead_sees_them_a_colleague_may_not()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        var preference = await CommitmentLedger.OkAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/preferences",
            new { day = "Monday", start = "08:00", end = "16:00", weight = "High" }), HttpStatusCode.Created);
        Assert.Equal(("08:00", "16:00", "High"), (preference.GetProperty("start").GetString(), preference.GetProperty("end").GetString(),
            preference.GetProperty("weight").GetString()));
        var away = await CommitmentLedger.OkAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/unavailability",
            new { from = Today.AddDays(10), to = Today.AddDays(12), reason = "Family wedding" }), HttpStatusCode.Created);

        var teamlead = await app.SignInAsync("teamlead");
        var team = (await teamlead.GetFromJsonAsync<List<JsonElement>>($"/api/v1/schedule-preferences?teamId={await TeamAsync("Support Blue")}"))!;
        var row = Assert.Single(team, p => p.GetProperty("personId").GetGuid() == agentId);
        Assert.Single(row.GetProperty("preferences").EnumerateArray());
        Assert.Equal("Family wedding", Assert.Single(row.GetProperty("unavailability").EnumerateArray()).GetProperty("reason").GetString());

        var avery = await app.SignInAsync("avery");
        await CommitmentLedger.RefusedAsync(await avery.GetAsync($"/api/v1/schedule-preferences?personId={agentId}"), HttpStatusCode.Forbidden);
        await CommitmentLedger.RefusedAsync(await avery.PostAsJsonAsync("/api/v1/schedule-preferences/preferences",
            new { personId = agentId, day = "Friday", start = "08:00", end = "12:00" }), HttpStatusCode.Forbidden);

        Assert.Equal(HttpStatusCode.NoContent, (await agent.DeleteAsync($"/api/v1/schedule-preferences/unavailability/{away.GetProperty("id").GetGuid()}")).StatusCode);
        var audit = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == $"schedule-preferences/{agentId:D}")
            .OrderBy(e => e.Sequence).Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.ShiftPreferenceAdded, AuditEventType.UnavailabilityAdded, AuditEventType.UnavailabilityRemoved], audit);
    }

    [SkippableFact]
    public async Task Invalid_submissions_are_refused_naming_the_field()
    {
        var (agent, _) = await _desk.NewPersonAsync();
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/preferences",
            new { day = "Monday", start = "16:00", end = "08:00" }), HttpStatusCode.BadRequest, "end");
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/preferences",
            new { day = "Monday", start = "8 o'clock", end = "16:00" }), HttpStatusCode.BadRequest, "start");
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/preferences",
            new { start = "08:00", end = "16:00" }), HttpStatusCode.BadRequest, "day");
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/unavailability",
            new { from = Today.AddDays(5), to = Today.AddDays(4), reason = "x" }), HttpStatusCode.BadRequest, "to");
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/unavailability",
            new { from = Today.AddDays(-5), to = Today.AddDays(-4), reason = "Too late" }), HttpStatusCode.BadRequest, "to");
        await CommitmentLedger.RefusedAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/unavailability",
            new { from = Today.AddDays(5), reason = "" }), HttpStatusCode.BadRequest, "reason");
        var mine = (await agent.GetFromJsonAsync<List<JsonElement>>("/api/v1/schedule-preferences"))!;
        Assert.Empty(Assert.Single(mine).GetProperty("preferences").EnumerateArray());
    }

    [SkippableFact]
    public async Task The_roster_shows_which_shifts_honoured_the_preferences_and_warns_over_unavailable_days()
    {
        var (agent, agentId) = await _desk.NewPersonAsync();
        // Two weeks ahead, on a Monday and the Tuesday after it (UTC, the agent's zone).
        var monday = Today.AddDays(14 + (((int)DayOfWeek.Monday - (int)Today.DayOfWeek + 7) % 7));
        var tuesday = monday.AddDays(1);
        var wednesday = monday.AddDays(2);
        await CommitmentLedger.OkAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/preferences",
            new { day = "Monday", start = "08:00", end = "16:00" }), HttpStatusCode.Created);
        await CommitmentLedger.OkAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/preferences",
            new { day = "Tuesday", start = "08:00", end = "16:00" }), HttpStatusCode.Created);
        await CommitmentLedger.OkAsync(await agent.PostAsJsonAsync("/api/v1/schedule-preferences/unavailability",
            new { from = tuesday, to = tuesday, reason = "Dentist" }), HttpStatusCode.Created);

        var admin = await app.SignInAsync("admin");
        DateTime At(DateOnly day, int hour) => day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc);
        var check = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/v1/schedule-preferences/check?personId={agentId}&start={At(tuesday, 8):O}&end={At(tuesday, 16):O}");
        Assert.True(check.GetProperty("unavailable").GetBoolean());
        Assert.Contains("Dentist", check.GetProperty("warning").GetString(), StringComparison.Ordinal);
        var fine = await admin.GetFromJsonAsync<JsonElement>($"/api/v1/schedule-preferences/check?personId={agentId}&start={At(monday, 8):O}&end={At(monday, 16):O}");
        Assert.Equal((true, JsonValueKind.Null), (fine.GetProperty("matchesPreference").GetBoolean(), fine.GetProperty("warning").ValueKind));

        foreach (var day in new[] { monday, tuesday, wednesday })
        {
            await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/shifts", new { personId = agentId, start = At(day, 8), end = At(day, 16) }),
                HttpStatusCode.Created);
        }
        var teamlead = await app.SignInAsync("teamlead");
        var view = Assert.Single((await teamlead.GetFromJsonAsync<List<JsonElement>>(
            $"/api/v1/schedule-preferences?personId={agentId}&from={At(monday, 0):O}&to={At(monday.AddDays(7), 0):O}"))!);
        // Monday honoured; Tuesday preferred but unavailable; Wednesday not preferred.
        Assert.Equal((1, 3), (view.GetProperty("honoured").GetInt32(), view.GetProperty("assigned").GetInt32()));
        Assert.Equal(1m / 3m, view.GetProperty("honouredRate").GetDecimal(), 6);
        var shifts = view.GetProperty("shifts").EnumerateArray().ToList();
        Assert.Equal([true, false, false], shifts.Select(s => s.GetProperty("honoured").GetBoolean()));
        Assert.Equal("Dentist", shifts[1].GetProperty("unavailableReason").GetString());
    }

    private async Task<Guid> TeamAsync(string name)
    {
        var admin = await app.SignInAsync("admin");
        var teams = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/teams");
        return teams!.Single(t => t.GetProperty("name").GetString() == name).GetProperty("id").GetGuid();
    }
}

public sealed class SchedulePreferencesApiTestsOnSqlite(SqliteApp app) : SchedulePreferencesApiTests(app), IClassFixture<SqliteApp>;

public sealed class SchedulePreferencesApiTestsOnPostgres(PostgresApp app) : SchedulePreferencesApiTests(app), IClassFixture<PostgresApp>;
