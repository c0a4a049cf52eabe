using System.Net;
using Baton.Server.Infrastructure;
using Baton.Server.Tests.Handover;
using Baton.Server.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Notifications;

/// <summary>The inbox API and page: everyone reads and marks only their own notifications.</summary>
public abstract class NotificationsApiTests(BatonApp app)
{
    [SkippableFact]
    public async Task A_person_lists_and_marks_their_own_notifications_and_nobody_else_s()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        await team.AddAsync("Ben");
        var ann = await team.SignInAsync("Ann");
        var ben = await team.SignInAsync("Ben");
        var first = await team.PromiseForAsync("Ann", TimeSpan.FromHours(2), "First promise");
        app.Time.Advance(TimeSpan.FromSeconds(1));
        var second = await team.PromiseForAsync("Ann", TimeSpan.FromHours(3), "Second promise");

        var inbox = await OkAsync(await ann.GetAsync("/api/v1/notifications?unread=true"));
        Assert.Equal(2, inbox.GetProperty("unread").GetInt32());
        var items = inbox.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([second, first], items.Select(n => n.GetProperty("commitmentId").GetGuid()));
        Assert.All(items, n => Assert.False(n.GetProperty("read").GetBoolean()));
        var older = items[1].GetProperty("id").GetGuid();

        // Someone else's notification does not exist for Ben, and Ben's inbox is his own.
        Assert.Equal(HttpStatusCode.NotFound, (await ben.PostAsync($"/api/v1/notifications/{older}/read", null)).StatusCode);
        Assert.Equal(0, (await OkAsync(await ben.GetAsync("/api/v1/notifications"))).GetProperty("items").GetArrayLength());
        Assert.Equal(2, (await OkAsync(await ann.GetAsync("/api/v1/notifications?unread=true"))).GetProperty("unread").GetInt32());

        var read = await OkAsync(await ann.PostAsync($"/api/v1/notifications/{older}/read", null));
        Assert.True(read.GetProperty("read").GetBoolean());
        var afterOne = await OkAsync(await ann.GetAsync("/api/v1/notifications?unread=true"));
        Assert.Equal(1, afterOne.GetProperty("unread").GetInt32());
        Assert.Equal(second, Assert.Single(afterOne.GetProperty("items").EnumerateArray()).GetProperty("commitmentId").GetGuid());

        var all = await OkAsync(await ann.PostAsync("/api/v1/notifications/read-all", null));
        Assert.Equal(1, all.GetProperty("marked").GetInt32());
        var none = await OkAsync(await ann.GetAsync("/api/v1/notifications?unread=true"));
        Assert.Equal(0, none.GetProperty("unread").GetInt32());
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        Assert.Equal(2, (await OkAsync(await ann.GetAsync("/api/v1/notifications"))).GetProperty("items").GetArrayLength());
    }

    [SkippableFact]
    public async Task Each_saved_notification_is_announced_live_to_its_person()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        var live = new List<LiveChange>();
        using var subscription = app.Services.GetRequiredService<LiveUpdates>().Subscribe(c =>
        {
            lock (live)
            {
                live.Add(c);
            }
            return Task.CompletedTask;
        });

        var item = await team.PromiseForAsync("Ann", TimeSpan.FromHours(2));

        var ann = await team.SignInAsync("Ann");
        var note = Assert.Single((await OkAsync(await ann.GetAsync("/api/v1/notifications"))).GetProperty("items").EnumerateArray());
        Assert.Equal(item, note.GetProperty("commitmentId").GetGuid());
        lock (live)
        {
            var change = Assert.Single(live, c => c.Kind == "notification" && c.Id == note.GetProperty("id").GetGuid());
            Assert.Equal([team["Ann"]], change.People);
        }
    }

    [SkippableFact]
    public async Task The_inbox_page_lists_notifications_with_links_or_an_empty_state_and_the_bell_shows_the_unread_count()
    {
        var team = await HandoverTeam.CreateAsync(app);
        await team.AddAsync("Ann");
        await team.AddAsync("Ben");
        var item = await team.PromiseForAsync("Ann", TimeSpan.FromHours(2), "Page check promise");

        var ann = await team.SignInAsync("Ann");
        var html = await ann.GetStringAsync("/inbox");
        Assert.Contains("data-testid=\"inbox-list\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"commitments/{item}\"", html, StringComparison.Ordinal);
        Assert.Contains("Page check promise", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"inbox-mark-all-read\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"notification-bell\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"notification-count\">1<", html, StringComparison.Ordinal);

        var ben = await team.SignInAsync("Ben");
        var empty = await ben.GetStringAsync("/inbox");
        Assert.Contains("data-testid=\"inbox-empty\"", empty, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"notification-count\">0<", empty, StringComparison.Ordinal);
    }
}

public sealed class NotificationsApiTestsOnSqlite(SqliteApp app) : NotificationsApiTests(app), IClassFixture<SqliteApp>;

public sealed class NotificationsApiTestsOnPostgres(PostgresApp app) : NotificationsApiTests(app), IClassFixture<PostgresApp>;
