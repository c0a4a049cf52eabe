using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core.Commitments;
using Baton.Server.Features.Commitments.Timing;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Commitments.Timing;

/// <summary>
/// Reminders, overdue, repeated alerts, escalation ladders, acceptance SLAs in business time, holds and next attempts,
/// driven by the fake clock and the real dispatcher. Each test makes its own owner (no roster: always reachable) in
/// Support Blue, whose lead is "teamlead" and whose department head is "charlie".
/// </summary>
public abstract class CommitmentTimingTests(BatonApp app)
{
    private readonly CommitmentLedger _ledger = new(app);

    private TimerDispatcher Dispatcher => app.Services.GetRequiredService<TimerDispatcher>();

    [SkippableFact]
    public async Task Reminders_fire_before_due_and_the_commitment_turns_overdue_at_due_never_earlier()
    {
        var (admin, owner) = await NewOwnerAsync();
        var c = await _ledger.PromiseAsync(admin, "Callback", owner, TimeSpan.FromHours(4), what: Unique());
        var id = CommitmentLedger.Id(c);
        var start = app.Time.GetUtcNow().UtcDateTime;

        var pending = await PendingAsync(id);
        Assert.Equal([start.AddHours(2), start.AddHours(3), start.AddHours(4).AddMinutes(-15)], pending.Where(t => t.Kind == CommitmentTimerKinds.Reminder).Select(t => t.DueAt));
        Assert.Equal(start.AddHours(4), Assert.Single(pending, t => t.Kind == CommitmentTimerKinds.Due).DueAt);

        await AdvanceAndFireAsync(TimeSpan.FromHours(2));
        Assert.Contains(await NotesAsync(id, owner), n => n.StartsWith("Reminder", StringComparison.Ordinal));

        await AdvanceAndFireAsync(TimeSpan.FromHours(2) - TimeSpan.FromTicks(10));
        Assert.Equal(CommitmentStatus.Open, await StatusAsync(id));

        await AdvanceAndFireAsync(TimeSpan.FromTicks(10));
        Assert.Equal(CommitmentStatus.Overdue, await StatusAsync(id));
        Assert.Contains(await NotesAsync(id, owner), n => n.StartsWith("Overdue", StringComparison.Ordinal));
        Assert.Contains(await NotesAsync(id, await _ledger.PersonAsync("teamlead")), n => n.StartsWith("Overdue in your team", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Overdue_alerts_repeat_and_the_ladder_escalates_until_someone_acts()
    {
        var (admin, owner) = await NewOwnerAsync();
        var id = CommitmentLedger.Id(await _ledger.PromiseAsync(admin, "Callback", owner, TimeSpan.FromMinutes(20), what: Unique()));
        var lead = await _ledger.PersonAsync("teamlead");
        var head = await _ledger.PersonAsync("charlie");

        await AdvanceAndFireAsync(TimeSpan.FromMinutes(20));
        Assert.Equal(CommitmentStatus.Overdue, await StatusAsync(id));

        // 30 min overdue: the alert repeats and the first rung escalates to the team lead, as a commitment they own.
        await AdvanceAndFireAsync(TimeSpan.FromMinutes(30));
        var notes = await NotesAsync(id, owner);
        Assert.True(notes.Count(n => n.StartsWith("Still overdue", StringComparison.Ordinal)) == 1, string.Join("\n", notes));
        var toLead = Assert.Single(await EscalationsOfAsync(id));
        Assert.Equal(lead, toLead.OwnerId);
        Assert.Equal(CommitmentKind.Escalation, toLead.Kind);

        await AdvanceAndFireAsync(TimeSpan.FromMinutes(30));
        Assert.Equal(2, (await NotesAsync(id, owner)).Count(n => n.StartsWith("Still overdue", StringComparison.Ordinal)));

        // 2 h overdue: the department head.
        await AdvanceAndFireAsync(TimeSpan.FromMinutes(60));
        Assert.Contains(await EscalationsOfAsync(id), e => e.OwnerId == head);

        // The owner acts: no more alerts, no more rungs.
        var ownerClient = await SignInAsOwnerAsync(owner);
        await CommitmentLedger.OkAsync(await ownerClient.PostAsJsonAsync($"/api/v1/commitments/{id}/attempts", new { channel = "Phone", result = "NoAnswer" }));
        var alertsBefore = (await NotesAsync(id, owner)).Count(n => n.StartsWith("Still overdue", StringComparison.Ordinal));
        var escalationsBefore = (await EscalationsOfAsync(id)).Count;
        await AdvanceAndFireAsync(TimeSpan.FromHours(3));
        Assert.Equal(alertsBefore, (await NotesAsync(id, owner)).Count(n => n.StartsWith("Still overdue", StringComparison.Ordinal)));
        Assert.Equal(escalationsBefore, (await EscalationsOfAsync(id)).Count);
    }

    [SkippableFact]
    public async Task An_unaccepted_hand_off_escalates_after_the_departments_sla_counted_in_business_hours()
    {
        var admin = await app.SignInAsync("admin");
        var finance = await _ledger.DepartmentAsync("Finance");
        // Finance works 09:00–17:00 UTC on weekdays and must accept within 30 business minutes.
        var weekdays = new[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" };
        await CommitmentLedger.OkAsync(await admin.PutAsJsonAsync($"/api/v1/departments/{finance}/calendar", new
        {
            timeZone = "UTC", acceptanceSlaMinutes = 30,
            hours = weekdays.Select(d => new { day = d, open = "09:00:00", close = "17:00:00" }),
        }));
        // Move to the next Friday 16:50 UTC: 10 business minutes remain that day, 20 more on Monday from 09:00.
        var now = app.Time.GetUtcNow().UtcDateTime;
        var friday = now.Date.AddDays(((int)DayOfWeek.Friday - (int)now.DayOfWeek + 7) % 7).AddHours(16).AddMinutes(50);
        if (friday <= now)
        {
            friday = friday.AddDays(7);
        }
        app.Time.Advance(friday - now);

        var agent = await app.SignInAsync("agent");
        var handoff = await _ledger.HandoffToFinanceAsync(agent, receiver: "quincy");
        var id = CommitmentLedger.Id(handoff);
        var sla = Assert.Single(await PendingAsync(id), t => t.Kind == CommitmentTimerKinds.AcceptanceSla);
        Assert.Equal(friday.AddDays(3).Date.AddHours(9).AddMinutes(20), sla.DueAt);

        await AdvanceAndFireAsync(TimeSpan.FromHours(2));
        Assert.DoesNotContain(await EscalationsOfAsync(id), e => e.What.StartsWith("Hand-off not accepted", StringComparison.Ordinal));

        await AdvanceAndFireAsync(sla.DueAt - app.Time.GetUtcNow().UtcDateTime);
        // The hand-off's own due time has passed by Monday too, so its overdue ladder may have escalated as well.
        var escalation = Assert.Single(await EscalationsOfAsync(id), e => e.What.StartsWith("Hand-off not accepted", StringComparison.Ordinal));
        Assert.Equal(await _ledger.PersonAsync("departmenthead"), escalation.OwnerId);
    }

    [SkippableFact]
    public async Task A_hold_pauses_the_clock_and_resuming_moves_the_due_time_on()
    {
        var (admin, owner) = await NewOwnerAsync();
        var ownerClient = await SignInAsOwnerAsync(owner);
        var id = CommitmentLedger.Id(await _ledger.PromiseAsync(admin, "FollowUp", owner, TimeSpan.FromHours(1), what: Unique()));
        var due = (await app.WithDbAsync(db => db.Commitments.AsNoTracking().SingleAsync(c => c.Id == id))).Due;

        var held = await CommitmentLedger.OkAsync(await ownerClient.PostAsJsonAsync($"/api/v1/commitments/{id}/hold", new { reason = "Customer sends the serial number" }));
        Assert.Equal("Customer sends the serial number", held.GetProperty("onHoldReason").GetString());
        Assert.Empty(await PendingAsync(id));
        await CommitmentLedger.RefusedAsync(await ownerClient.PostAsJsonAsync($"/api/v1/commitments/{id}/hold", new { reason = "again" }), HttpStatusCode.Conflict);

        await AdvanceAndFireAsync(TimeSpan.FromHours(3));
        Assert.Equal(CommitmentStatus.Open, await StatusAsync(id));

        var resumed = await CommitmentLedger.OkAsync(await ownerClient.PostAsync($"/api/v1/commitments/{id}/resume", null));
        Assert.Equal(due.AddHours(3), resumed.GetProperty("due").GetDateTime().ToUniversalTime());
        Assert.Contains(resumed.GetProperty("timeline").EnumerateArray(), t => t.GetProperty("kind").GetString() == "OnHold");

        await AdvanceAndFireAsync(TimeSpan.FromHours(1));
        Assert.Equal(CommitmentStatus.Overdue, await StatusAsync(id));
    }

    [SkippableFact]
    public async Task After_an_unsuccessful_attempt_the_owner_is_reminded_of_the_next_one()
    {
        var (admin, owner) = await NewOwnerAsync();
        var ownerClient = await SignInAsOwnerAsync(owner);
        var id = CommitmentLedger.Id(await _ledger.PromiseAsync(admin, "Callback", owner, TimeSpan.FromDays(2), what: Unique()));
        await CommitmentLedger.OkAsync(await ownerClient.PostAsJsonAsync($"/api/v1/commitments/{id}/attempts", new { channel = "Phone", result = "Voicemail" }));
        var next = Assert.Single(await PendingAsync(id), t => t.Kind == CommitmentTimerKinds.NextAttempt);
        Assert.True(next.DueAt >= app.Time.GetUtcNow().UtcDateTime.AddHours(2), "the policy spaces attempts at least 2 hours apart");

        await AdvanceAndFireAsync(next.DueAt - app.Time.GetUtcNow().UtcDateTime);
        Assert.Contains(await NotesAsync(id, owner), n => n.StartsWith("Time for the next attempt", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Closing_cancels_every_pending_timer()
    {
        var (admin, owner) = await NewOwnerAsync();
        var ownerClient = await SignInAsOwnerAsync(owner);
        var id = CommitmentLedger.Id(await _ledger.PromiseAsync(admin, "FollowUp", owner, TimeSpan.FromHours(5), what: Unique()));
        Assert.NotEmpty(await PendingAsync(id));
        await CommitmentLedger.OkAsync(await ownerClient.PostAsJsonAsync($"/api/v1/commitments/{id}/close", new { outcome = "Kept" }));
        Assert.Empty(await PendingAsync(id));
        await AdvanceAndFireAsync(TimeSpan.FromHours(6));
        Assert.Equal(CommitmentStatus.Closed, await StatusAsync(id));
    }

    /// <summary>A what-text no other test uses, so escalations can be matched to their original by it.</summary>
    private static string Unique() => "Call back about order " + Guid.NewGuid().ToString("N")[..10];

    private async Task<(HttpClient Admin, Guid Owner)> NewOwnerAsync()
    {
        var admin = await app.SignInAsync("admin");
        var teams = await admin.GetFromJsonAsync<List<JsonElement>>("/api/v1/teams");
        var supportBlue = teams!.Single(t => t.GetProperty("name").GetString() == "Support Blue").GetProperty("id").GetGuid();
        var userName = "timing-" + Guid.NewGuid().ToString("N")[..8];
        var created = await CommitmentLedger.OkAsync(await admin.PostAsJsonAsync("/api/v1/people", new
        {
            userName, displayName = "Timing Agent " + userName[^4..], roles = new[] { "Agent" }, teamId = supportBlue,
            timeZone = "UTC", password = BatonApp.Password,
        }), HttpStatusCode.Created);
        return (admin, created.GetProperty("id").GetGuid());
    }

    private async Task<HttpClient> SignInAsOwnerAsync(Guid owner)
    {
        var userName = await app.WithDbAsync(db => db.People.Where(p => p.Id == owner).Select(p => p.UserName).SingleAsync());
        return await app.SignInAsync(userName);
    }

    private async Task AdvanceAndFireAsync(TimeSpan by)
    {
        app.Time.Advance(by);
        await Dispatcher.FireDueAsync();
    }

    private Task<List<ScheduledTimer>> PendingAsync(Guid id) => app.WithDbAsync(db =>
        db.Timers.AsNoTracking().Where(t => t.SubjectId == id && t.FiredAt == null && t.CancelledAt == null).OrderBy(t => t.DueAt).ToListAsync());

    private Task<CommitmentStatus> StatusAsync(Guid id) => app.WithDbAsync(db => db.Commitments.Where(c => c.Id == id).Select(c => c.Status).SingleAsync());

    private Task<List<string>> NotesAsync(Guid id, Guid person) => app.WithDbAsync(db =>
        db.Notifications.AsNoTracking().Where(n => n.CommitmentId == id && n.PersonId == person).OrderBy(n => n.CreatedAt).Select(n => n.Text).ToListAsync());

    /// <summary>Escalation commitments raised about the given one (their text quotes it; the original lists them on its timeline).</summary>
    private Task<List<Commitment>> EscalationsOfAsync(Guid id) => app.WithDbAsync(async db =>
    {
        var original = await db.Commitments.AsNoTracking().AsSplitQuery().SingleAsync(c => c.Id == id);
        var escalated = original.Timeline.Count(t => t.Kind == TimelineEntryKind.Escalated);
        var candidates = await db.Commitments.AsNoTracking().Where(c => c.Kind == CommitmentKind.Escalation && c.CreatedAt >= original.CreatedAt).ToListAsync();
        // Direct escalations only: an escalation left unanswered escalates in turn, and its text quotes the original too.
        var mine = candidates.Where(c => c.What.Contains(original.What, StringComparison.Ordinal) && original.Watchers.Contains(c.OwnerId)
                                         && !c.What.Contains("Escalation owned by", StringComparison.Ordinal)).ToList();
        Assert.Equal(escalated, mine.Count);
        return mine;
    });
}

public sealed class CommitmentTimingTestsOnSqlite(SqliteApp app) : CommitmentTimingTests(app), IClassFixture<SqliteApp>;

public sealed class CommitmentTimingTestsOnPostgres(PostgresApp app) : CommitmentTimingTests(app), IClassFixture<PostgresApp>;
