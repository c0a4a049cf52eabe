using System.Net.Http.Json;
using System.Text.Json;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Handover;

/// <summary>
/// The demo as shipped: the seed rosters the Early people to end 15 minutes after start-up, so their items are handed over
/// within minutes. A host of its own, so its clock starts at the seed instant.
/// </summary>
public abstract class DemoShiftHandoverTests(BatonApp app)
{
    [SkippableFact]
    public async Task An_early_shift_agent_s_item_is_handed_over_within_minutes_of_start_up()
    {
        var ledger = new CommitmentLedger(app);
        var admin = await app.SignInAsync("admin");
        var riley = await ledger.PersonAsync("riley");
        var onShift = await admin.GetFromJsonAsync<JsonElement>("/api/v1/org/on-shift");
        var rileyShift = onShift.GetProperty("people").EnumerateArray().Single(p => p.GetProperty("personId").GetGuid() == riley);
        Assert.Equal("Early", rileyShift.GetProperty("shiftLabel").GetString());
        var item = CommitmentLedger.Id(await ledger.PromiseAsync(admin, "Callback", ownerId: riley, dueIn: TimeSpan.FromHours(1),
            what: "Call back once the courier confirms"));

        app.Time.Advance(TimeSpan.FromMinutes(15));
        await app.Services.GetRequiredService<TimerDispatcher>().FireDueAsync();

        var c = await CommitmentLedger.OkAsync(await admin.GetAsync($"/api/v1/commitments/{item}"));
        var last = c.GetProperty("custody").EnumerateArray().Last();
        Assert.Equal("ShiftHandover", last.GetProperty("reason").GetString());
        Assert.Equal(riley, last.GetProperty("fromId").GetGuid());
        var receiver = c.GetProperty("ownerId").GetGuid();
        Assert.NotEqual(riley, receiver);
        // A Support Blue colleague who is on shift when the callback is due.
        var dueTime = c.GetProperty("due").GetDateTime().ToUniversalTime();
        var people = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/people");
        var person = people!.Single(p => p.GetProperty("id").GetGuid() == receiver);
        Assert.Equal("Support Blue", person.GetProperty("teamName").GetString());
        var shifts = await app.WithDbAsync(db => Task.FromResult(db.Shifts.Where(s => s.PersonId == receiver).ToList()));
        Assert.Contains(shifts, s => s.Start <= dueTime && dueTime <= s.End);
        Assert.True(c.GetProperty("awaitingAcceptance").GetBoolean());
    }
}

public sealed class DemoShiftHandoverTestsOnSqlite(SqliteApp app) : DemoShiftHandoverTests(app), IClassFixture<SqliteApp>;

public sealed class DemoShiftHandoverTestsOnPostgres(PostgresApp app) : DemoShiftHandoverTests(app), IClassFixture<PostgresApp>;
