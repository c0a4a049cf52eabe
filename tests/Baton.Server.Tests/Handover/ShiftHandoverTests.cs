using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Audit;
using Baton.Server.Features.Handover;
using Baton.Server.Features.Timers;
using Baton.Server.Infrastructure;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Handover;

/// <summary>Invariant 5 end to end: shift-end timers, handover to the on-shift teammate, orphan risk, shift check, deactivation.</summary>
public abstract class ShiftHandoverTests(BatonApp app)
{
    private static readonly TimeSpan Lead = TimeSpan.FromMinutes(10);

    [SkippableFact]
    public async Task At_the_lead_time_before_a_shift_ends_items_due_before_the_next_shift_pass_to_the_on_shift_teammate_with_the_fewest_open_items()
    {
        var team = await HandoverTeam.CreateAsync(app);
        foreach (var name in new[] { "Ann", "Ben", "Cal" })
        {
            await team.AddAsync(name);
        }
        await team.AddAsync("Lee", lead: true);
        var annShiftEnd = TimeSpan.FromMinutes(30);
        await team.ShiftAsync("Ann", TimeSpan.FromHours(-7), annShiftEnd);
        await team.ShiftAsync("Ann", TimeSpan.FromHours(23), TimeSpan.FromHours(31));
        foreach (var name in new[] { "Ben", "Cal", "Lee" })
        {
            await team.ShiftAsync(name, TimeSpan.FromHours(-1), TimeSpan.FromHours(7));
        }
        // Ben carries two open items, Cal one, the lead three.
        await team.PromiseForAsync("Ben", TimeSpan.FromHours(4));
        await team.PromiseForAsync("Ben", TimeSpan.FromHours(5));
        await team.PromiseForAsync("Cal", TimeSpan.FromHours(4));
        for (var i = 0; i < 3; i++)
        {
            await team.PromiseForAsync("Lee", TimeSpan.FromHours(4));
        }
        var afterShift = await team.PromiseForAsync("Ann", TimeSpan.FromHours(2), "Call back after Ann's shift");
        var beforeEnd = await team.PromiseForAsync("Ann", TimeSpan.FromMinutes(25), "Due while Ann is still on");
        var nextShift = await team.PromiseForAsync("Ann", TimeSpan.FromHours(26), "Due in Ann's next shift");
        var live = new List<LiveChange>();
        using var subscription = app.Services.GetRequiredService<LiveUpdates>().Subscribe(c =>
        {
            lock (live)
            {
                live.Add(c);
            }
            return Task.CompletedTask;
        });

        // Not a moment early.
        app.Time.Advance(annShiftEnd - Lead - TimeSpan.FromSeconds(1));
        await FireAsync();
        Assert.Equal(team["Ann"], (await team.CommitmentAsync(afterShift)).GetProperty("ownerId").GetGuid());

        app.Time.Advance(TimeSpan.FromSeconds(1));
        await FireAsync();

        var passed = await team.CommitmentAsync(afterShift);
        Assert.Equal(team["Cal"], passed.GetProperty("ownerId").GetGuid());
        Assert.True(passed.GetProperty("awaitingAcceptance").GetBoolean());
        var custody = passed.GetProperty("custody").EnumerateArray().Last();
        Assert.Equal("ShiftHandover", custody.GetProperty("reason").GetString());
        Assert.Equal(team["Ann"], custody.GetProperty("fromId").GetGuid());
        Assert.Equal(team["Ann"], custody.GetProperty("actorId").GetGuid());
        Assert.Contains("Shift handover", custody.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.False(passed.GetProperty("orphanRisk").GetBoolean());
        // Items Ann can still keep on this shift, or in her next one, stay with her.
        Assert.Equal(team["Ann"], (await team.CommitmentAsync(beforeEnd)).GetProperty("ownerId").GetGuid());
        Assert.Equal(team["Ann"], (await team.CommitmentAsync(nextShift)).GetProperty("ownerId").GetGuid());

        // Audited in the same save, and Cal is told and asked to acknowledge.
        var types = await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == $"commitment/{afterShift:D}")
            .Select(e => e.Type).ToListAsync());
        Assert.Contains(AuditEventType.CommitmentHandedOverAtShiftEnd, types);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Subject == $"person/{team["Ann"]:D}" && e.Type == AuditEventType.ShiftHandoverCompleted)));
        var cal = await team.SignInAsync("Cal");
        var inbox = await cal.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true");
        var note = inbox.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("commitmentId").GetGuid() == afterShift);
        Assert.Contains("acknowledge", note.GetProperty("text").GetString(), StringComparison.Ordinal);
        // Live views heard about it once it was committed.
        lock (live)
        {
            Assert.Contains(live, c => c.Kind == "commitment" && c.Id == afterShift && c.People.Contains(team["Cal"]));
            Assert.Contains(live, c => c.Kind == "notification" && c.Id == note.GetProperty("id").GetGuid() && c.People.Contains(team["Cal"]));
        }

        var accepted = await OkAsync(await cal.PostAsync($"/api/v1/commitments/{afterShift}/accept", null));
        Assert.False(accepted.GetProperty("awaitingAcceptance").GetBoolean());
    }

    [SkippableFact]
    public async Task With_nobody_eligible_on_shift_the_item_is_flagged_orphan_risk_at_once_the_lead_is_told_and_the_board_shows_it()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        await team.AddAsync("Ben");
        await team.AddAsync("Lee", lead: true);
        await team.ShiftAsync("Ann", TimeSpan.FromHours(-7), TimeSpan.FromMinutes(15));
        await team.ShiftAsync("Ben", TimeSpan.FromHours(5), TimeSpan.FromHours(13)); // starts after the item is due
        await team.ShiftAsync("Lee", TimeSpan.FromHours(-8), TimeSpan.FromMinutes(20)); // gone before it is due
        var item = await team.PromiseForAsync("Ann", TimeSpan.FromHours(2));

        app.Time.Advance(TimeSpan.FromMinutes(5));
        await FireAsync();

        var flagged = await team.CommitmentAsync(item);
        Assert.Equal(team["Ann"], flagged.GetProperty("ownerId").GetGuid());
        Assert.True(flagged.GetProperty("orphanRisk").GetBoolean());
        Assert.Contains("nobody eligible", flagged.GetProperty("orphanRiskReason").GetString(), StringComparison.Ordinal);
        Assert.Equal("OrphanRisk", flagged.GetProperty("timeline").EnumerateArray().Last().GetProperty("kind").GetString());
        var lee = await team.SignInAsync("Lee");
        var inbox = await lee.GetFromJsonAsync<JsonElement>("/api/v1/notifications?unread=true");
        Assert.Contains(inbox.GetProperty("items").EnumerateArray(),
            n => n.GetProperty("commitmentId").GetGuid() == item && n.GetProperty("text").GetString()!.Contains("Orphan risk", StringComparison.Ordinal));

        var board = await lee.GetFromJsonAsync<JsonElement>("/api/v1/commitments/board");
        Assert.True(board.GetProperty("orphanRisk").GetInt32() >= 1);
        var line = board.GetProperty("groups").EnumerateArray().SelectMany(g => g.GetProperty("items").EnumerateArray())
            .Single(i => i.GetProperty("id").GetGuid() == item);
        Assert.True(line.GetProperty("orphanRisk").GetBoolean());
        Assert.False(string.IsNullOrEmpty(line.GetProperty("orphanRiskReason").GetString()));
        var page = await lee.GetStringAsync("/board");
        Assert.Contains("data-testid=\"total-orphan-risk\"", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"orphan-risk\"", page, StringComparison.Ordinal);

        // Someone taking it in hand clears the flag.
        var cleared = await OkAsync(await team.Admin.PostAsJsonAsync($"/api/v1/commitments/{item}/transfer", new { toId = team["Lee"], reason = "Reassigned" }));
        Assert.False(cleared.GetProperty("orphanRisk").GetBoolean());
    }

    [SkippableFact]
    public async Task Shift_check_says_whether_the_owner_is_on_shift_at_the_due_time_and_proposes_the_rule_s_receiver()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        await team.AddAsync("Ben");
        await team.AddAsync("Cal");
        await team.AddAsync("Lee", lead: true);
        await team.ShiftAsync("Ann", TimeSpan.FromHours(-1), TimeSpan.FromHours(1));
        await team.ShiftAsync("Ben", TimeSpan.FromHours(-1), TimeSpan.FromHours(7));
        await team.ShiftAsync("Cal", TimeSpan.FromHours(-1), TimeSpan.FromHours(7));
        await team.PromiseForAsync("Ben", TimeSpan.FromHours(6));
        var ann = await team.SignInAsync("Ann");

        var onShift = await OkAsync(await ann.GetAsync($"/api/v1/commitments/shift-check?ownerId={team["Ann"]}&due={Iso(team.Now.AddMinutes(30))}"));
        Assert.True(onShift.GetProperty("ownerOnShiftAtDue").GetBoolean());
        Assert.Equal(JsonValueKind.Null, onShift.GetProperty("proposal").ValueKind);
        Assert.StartsWith("Ann", onShift.GetProperty("ownerName").GetString(), StringComparison.Ordinal);

        var offShift = await OkAsync(await ann.GetAsync($"/api/v1/commitments/shift-check?ownerId={team["Ann"]}&due={Iso(team.Now.AddHours(3))}"));
        Assert.False(offShift.GetProperty("ownerOnShiftAtDue").GetBoolean());
        var proposal = offShift.GetProperty("proposal");
        Assert.Equal(team["Cal"], proposal.GetProperty("personId").GetGuid());
        Assert.StartsWith("Cal", proposal.GetProperty("name").GetString(), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(proposal.GetProperty("reason").GetString()));

        // Nobody on shift then: the team lead.
        var night = await OkAsync(await ann.GetAsync($"/api/v1/commitments/shift-check?ownerId={team["Ann"]}&due={Iso(team.Now.AddHours(10))}"));
        Assert.Equal(team["Lee"], night.GetProperty("proposal").GetProperty("personId").GetGuid());

        await RefusedAsync(await ann.GetAsync($"/api/v1/commitments/shift-check?due={Iso(team.Now.AddHours(3))}"), HttpStatusCode.BadRequest, "ownerId");
        Assert.Equal(HttpStatusCode.NotFound, (await ann.GetAsync($"/api/v1/commitments/shift-check?ownerId={Guid.NewGuid()}&due={Iso(team.Now.AddHours(3))}")).StatusCode);
    }

    [SkippableFact]
    public async Task Deactivating_a_person_hands_their_open_items_to_active_colleagues_on_shift_or_not()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        await team.AddAsync("Ben");
        await team.AddAsync("Cal");
        await team.AddAsync("Lee", lead: true);
        await team.PromiseForAsync("Ben", TimeSpan.FromHours(4));
        await team.PromiseForAsync("Ben", TimeSpan.FromHours(5));
        var first = await team.PromiseForAsync("Ann", TimeSpan.FromHours(2));
        var second = await team.PromiseForAsync("Ann", TimeSpan.FromHours(3));

        var deactivated = await OkAsync(await team.Admin.PostAsync($"/api/v1/people/{team["Ann"]}/deactivate", null));
        Assert.False(deactivated.GetProperty("active").GetBoolean());

        // Nobody is rostered, yet both items found an owner: the least loaded colleagues (Cal, then the lead, before Ben).
        var owners = new List<Guid>();
        foreach (var id in new[] { first, second })
        {
            var c = await team.CommitmentAsync(id);
            var last = c.GetProperty("custody").EnumerateArray().Last();
            Assert.Equal("Reassigned", last.GetProperty("reason").GetString());
            Assert.Equal(team["Ann"], last.GetProperty("fromId").GetGuid());
            owners.Add(c.GetProperty("ownerId").GetGuid());
        }
        Assert.Equal(team["Cal"], owners[0]);
        Assert.Equal(team["Lee"], owners[1]);
        Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Subject == $"person/{team["Ann"]:D}" && e.Type == AuditEventType.PersonItemsReassigned)));
    }

    [SkippableFact]
    public async Task Deactivation_is_refused_with_nothing_changed_when_an_item_would_have_nobody_to_go_to()
    {
        var team = await HandoverTeam.CreateAsync(app);
        var loner = await team.AddAsync("Solo", inTeam: false);
        var item = await team.PromiseForAsync("Solo", TimeSpan.FromHours(2));
        var before = await app.WithDbAsync(db => db.AuditEvents.CountAsync());

        var problem = await RefusedAsync(await team.Admin.PostAsync($"/api/v1/people/{loner}/deactivate", null), HttpStatusCode.Conflict);

        Assert.Contains("1 need an owner", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var people = await team.Admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/people?includeInactive=true");
        Assert.True(people!.Single(p => p.GetProperty("id").GetGuid() == loner).GetProperty("active").GetBoolean());
        var c = await team.CommitmentAsync(item);
        Assert.Equal(loner, c.GetProperty("ownerId").GetGuid());
        Assert.Single(c.GetProperty("custody").EnumerateArray());
        Assert.Equal(before, await app.WithDbAsync(db => db.AuditEvents.CountAsync()));
    }

    [SkippableFact]
    public async Task A_shift_s_handover_timer_follows_the_shift_when_it_is_rostered_moved_and_deleted()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        var start = team.Now.AddHours(1);
        var shiftId = await team.ShiftAsync("Ann", TimeSpan.FromHours(1), TimeSpan.FromHours(9));

        var pending = await PendingTimersAsync(shiftId);
        Assert.Equal(start.AddHours(8).UtcDateTime - Lead, Assert.Single(pending).DueAt);

        await OkAsync(await team.Admin.PutAsJsonAsync($"/api/v1/shifts/{shiftId}", new { start = start.AddHours(1), end = start.AddHours(10) }));
        pending = await PendingTimersAsync(shiftId);
        Assert.Equal(start.AddHours(10).UtcDateTime - Lead, Assert.Single(pending).DueAt);
        Assert.Equal(2, await app.WithDbAsync(db => db.Timers.CountAsync(t => t.SubjectId == shiftId)));

        Assert.Equal(HttpStatusCode.NoContent, (await team.Admin.DeleteAsync($"/api/v1/shifts/{shiftId}")).StatusCode);
        Assert.Empty(await PendingTimersAsync(shiftId));
    }

    [SkippableFact]
    public async Task A_leader_runs_a_handover_on_demand_agents_may_not()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        await team.AddAsync("Ben");
        await team.AddAsync("Lee", lead: true);
        await team.ShiftAsync("Ben", TimeSpan.FromHours(-1), TimeSpan.FromHours(7));
        var item = await team.PromiseForAsync("Ann", TimeSpan.FromHours(2)); // Ann is off shift: everything before her next shift goes

        var agent = await team.SignInAsync("Ben");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync($"/api/v1/handover/people/{team["Ann"]}", null)).StatusCode);

        var lee = await team.SignInAsync("Lee");
        var report = await OkAsync(await lee.PostAsync($"/api/v1/handover/people/{team["Ann"]}", null));
        Assert.Equal(1, report.GetProperty("passed").GetInt32());
        var line = Assert.Single(report.GetProperty("items").EnumerateArray());
        Assert.Equal(team["Ben"], line.GetProperty("receiverId").GetGuid());
        Assert.Equal(team["Ben"], (await team.CommitmentAsync(item)).GetProperty("ownerId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await lee.PostAsync($"/api/v1/handover/people/{Guid.NewGuid()}", null)).StatusCode);
    }

    private Task<int> FireAsync() => app.Services.GetRequiredService<TimerDispatcher>().FireDueAsync();

    private Task<List<ScheduledTimer>> PendingTimersAsync(Guid shiftId) => app.WithDbAsync(db =>
        db.Timers.AsNoTracking().Where(t => t.SubjectId == shiftId && t.Kind == ShiftEndTimers.Kind && t.FiredAt == null && t.CancelledAt == null).ToListAsync());

    private static string Iso(DateTimeOffset instant) => Uri.EscapeDataString(instant.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
}

public sealed class ShiftHandoverTestsOnSqlite(SqliteApp app) : ShiftHandoverTests(app), IClassFixture<SqliteApp>;

public sealed class ShiftHandoverTestsOnPostgres(PostgresApp app) : ShiftHandoverTests(app), IClassFixture<PostgresApp>;
