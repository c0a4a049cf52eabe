using System.Net.Http.Json;
using Baton.Core;
using Baton.Server.Data;
using Baton.Server.Features.Timers;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Timers;

public abstract class TimerDispatcherTests(BatonApp app)
{
    [SkippableFact]
    public async Task A_timer_fires_at_its_due_instant_and_never_a_microsecond_before()
    {
        await using var node = Node();
        var due = Now() + TimeSpan.FromSeconds(10);
        var timer = await ScheduleAsync(node, due);

        app.Time.Advance(TimeSpan.FromSeconds(10) - TimeSpan.FromTicks(10));
        Assert.Equal(0, await node.Dispatcher.FireDueAsync());
        Assert.False(await FiredAsync(node, timer));

        app.Time.Advance(TimeSpan.FromTicks(10));
        Assert.Equal(1, await node.Dispatcher.FireDueAsync());
        var stored = await node.WithDbAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.Id == timer.Id));
        Assert.Equal(due, stored.FiredAt);
        Assert.Equal(1, await CustomersOfAsync(node, timer));
    }

    [SkippableFact]
    public async Task After_downtime_due_timers_are_caught_up_oldest_first_in_bounded_batches()
    {
        await using var node = Node(batchSize: 3);
        var now = Now();
        var timers = new List<ScheduledTimer>();
        for (var i = 0; i < 7; i++)
        {
            // Scheduled newest first, so id order and due order disagree.
            timers.Add(await ScheduleAsync(node, now.AddMinutes(-i - 1)));
        }
        Assert.Equal(3, await node.Dispatcher.FireBatchAsync(CancellationToken.None));
        var firedFirst = await node.WithDbAsync(db => db.Timers.AsNoTracking().Where(t => t.FiredAt != null && t.Kind == CreateCustomerTimer.KindName)
            .Select(t => t.Id).ToListAsync());
        var oldestThree = timers.OrderBy(t => t.DueAt).Take(3).Select(t => t.Id);
        Assert.Subset(firedFirst.ToHashSet(), oldestThree.ToHashSet());

        Assert.Equal(4, await node.Dispatcher.FireDueAsync());
        foreach (var timer in timers)
        {
            Assert.Equal(1, await CustomersOfAsync(node, timer));
        }
    }

    [SkippableFact]
    public async Task A_failing_handler_is_retried_with_backoff_and_does_not_hold_up_other_timers()
    {
        await using var node = Node();
        var now = Now();
        var failing = await ScheduleAsync(node, now, payload: "fail");
        var healthy = await ScheduleAsync(node, now);

        await node.Dispatcher.FireDueAsync();
        Assert.True(await FiredAsync(node, healthy));
        var afterFirst = await node.WithDbAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.Id == failing.Id));
        Assert.Null(afterFirst.FiredAt);
        Assert.Equal(1, afterFirst.Failures);
        Assert.Contains("set up to fail", afterFirst.LastError, StringComparison.Ordinal);
        Assert.Equal(now + TimeSpan.FromSeconds(5), afterFirst.RetryAt);

        Assert.Equal(0, await node.Dispatcher.FireDueAsync());
        app.Time.Advance(TimeSpan.FromSeconds(5));
        await node.Dispatcher.FireDueAsync();
        var afterSecond = await node.WithDbAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.Id == failing.Id));
        Assert.Equal(2, afterSecond.Failures);
        Assert.Equal(Now() + TimeSpan.FromSeconds(10), afterSecond.RetryAt);
    }

    [SkippableFact]
    public async Task The_fire_lag_is_exposed_as_a_metric_for_scrapers()
    {
        await using var node = Node();
        await ScheduleAsync(node, Now());
        await node.Dispatcher.FireDueAsync();

        var client = node.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, (await client.GetAsync("/metrics")).StatusCode);
        var token = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "admin", password = BatonApp.Password });
        client.DefaultRequestHeaders.Authorization = new("Bearer", (await token.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("token").GetString());
        var metrics = await client.GetStringAsync("/metrics");
        Assert.Contains("baton_timers_fire_lag", metrics, StringComparison.Ordinal);
        Assert.Contains("kind=\"test.create-customer\"", metrics, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task A_cancelled_timer_never_fires()
    {
        await using var node = Node();
        var timer = await ScheduleAsync(node, Now().AddSeconds(1));
        await node.WithDbAsync(async db =>
        {
            await db.CancelAsync(timer.SubjectId, "test.", Now(), CancellationToken.None);
            return await db.SaveChangesAsync();
        });
        app.Time.Advance(TimeSpan.FromSeconds(2));
        await node.Dispatcher.FireDueAsync();
        Assert.False(await FiredAsync(node, timer));
        Assert.Equal(0, await CustomersOfAsync(node, timer));
    }

    [SkippableFact]
    public async Task After_a_restart_pending_and_past_due_timers_each_fire_exactly_once()
    {
        var now = Now();
        var timers = new List<ScheduledTimer>();
        await using (var before = Node())
        {
            timers.Add(await ScheduleAsync(before, now.AddMinutes(-5)));
            timers.Add(await ScheduleAsync(before, now.AddSeconds(-1)));
            timers.Add(await ScheduleAsync(before, now));
            timers.Add(await ScheduleAsync(before, now.AddSeconds(30)));
            timers.Add(await ScheduleAsync(before, now.AddMinutes(2)));
        }

        await using (var after = Node(running: true))
        {
            _ = after.Server;
            await Eventually(async () => await CountFiredAsync(after, timers) == 3);
            app.Time.Advance(TimeSpan.FromMinutes(3));
            await Eventually(async () => await CountFiredAsync(after, timers) == 5);
        }

        await using var third = Node(running: false);
        Assert.Equal(0, await third.Dispatcher.FireDueAsync());
        foreach (var timer in timers)
        {
            Assert.Equal(1, await CustomersOfAsync(third, timer));
        }
    }

    protected TimerHost Node(bool running = false, int batchSize = 200)
    {
        app.RequireDatabase();
        _ = app.Server;
        var host = new TimerHost(app.Provider, app.ConnectionString, app.Time, running, batchSize);
        return host;
    }

    protected DateTime Now() => Instants.FromTimeProvider(app.Time);

    protected static async Task<ScheduledTimer> ScheduleAsync(TimerHost node, DateTime due, string? payload = null) =>
        await node.WithDbAsync(async db =>
        {
            var timer = db.Schedule(CreateCustomerTimer.KindName, Guid.CreateVersion7(), due, due, payload);
            await db.SaveChangesAsync();
            return timer;
        });

    protected static Task<bool> FiredAsync(TimerHost node, ScheduledTimer timer) =>
        node.WithDbAsync(db => db.Timers.AnyAsync(t => t.Id == timer.Id && t.FiredAt != null));

    protected static Task<int> CustomersOfAsync(TimerHost node, ScheduledTimer timer) =>
        node.WithDbAsync(db => db.Customers.CountAsync(c => c.Name == CreateCustomerTimer.NameFor(timer)));

    private static Task<int> CountFiredAsync(TimerHost node, List<ScheduledTimer> timers)
    {
        var ids = timers.Select(t => t.Id).ToList();
        return node.WithDbAsync(db => db.Timers.CountAsync(t => ids.Contains(t.Id) && t.FiredAt != null));
    }

    /// <summary>Waits for a condition the background dispatcher brings about; fails after 20 s of real time.</summary>
    protected static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition was not met within 20 s.");
            await Task.Yield();
            await Task.Delay(20);
        }
    }
}

public sealed class TimerDispatcherTestsOnSqlite(SqliteApp app) : TimerDispatcherTests(app), IClassFixture<SqliteApp>;

public sealed class TimerDispatcherTestsOnPostgres(PostgresApp app) : TimerDispatcherTests(app), IClassFixture<PostgresApp>
{
    [SkippableFact]
    public async Task Two_nodes_on_one_database_fire_ten_thousand_timers_with_no_duplicate_and_none_missed()
    {
        await using var first = Node();
        await using var second = Node();
        // Other tests of this class share the database: drain what they left due, so the counts below are this test's own.
        app.Time.Advance(TimeSpan.FromHours(1));
        await first.Dispatcher.FireDueAsync();
        // Warm the second node too (model, compiled queries, connection pool), so it is not still starting up on a busy
        // machine while the first one drains everything.
        await second.Dispatcher.FireDueAsync();
        var now = Now();
        await first.WithDbAsync(async db =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                db.Schedule(CreateCustomerTimer.KindName, Guid.CreateVersion7(), now.AddMilliseconds(-i), now, payload: "two-nodes");
            }
            return await db.SaveChangesAsync();
        });

        var fired = await Task.WhenAll(Task.Run(() => first.Dispatcher.FireDueAsync()), Task.Run(() => second.Dispatcher.FireDueAsync()));

        Assert.Equal(10_000, fired.Sum());
        Assert.True(fired.All(n => n > 0), $"Both nodes should share the work: {fired[0]} and {fired[1]}.");
        var counts = await first.WithDbAsync(db => db.Customers.Where(c => c.PreferredContactTimes == "two-nodes")
            .GroupBy(c => c.Name).Select(g => g.Count()).ToListAsync());
        Assert.Equal(10_000, counts.Count);
        Assert.All(counts, c => Assert.Equal(1, c));
        Assert.Equal(0, await first.WithDbAsync(db => db.Timers.CountAsync(t => t.Payload == "two-nodes" && t.FiredAt == null)));
    }
}

/// <summary>The one test on the real clock: a timer due in 1 s fires within 2 s, and not before it is due.</summary>
public sealed class TimerRealClockTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_timer_due_in_one_second_fires_within_two_seconds()
    {
        _ = app.Server;
        await using var node = new TimerHost(DatabaseProvider.Sqlite, app.ConnectionString, TimeProvider.System, dispatcherRunning: true);
        _ = node.Server;
        var scheduledAt = Instants.FromTimeProvider(TimeProvider.System);
        var due = scheduledAt.AddSeconds(1);
        var timer = await node.WithDbAsync(async db =>
        {
            var t = db.Schedule(CreateCustomerTimer.KindName, Guid.CreateVersion7(), due, scheduledAt);
            await db.SaveChangesAsync();
            return t;
        });
        ScheduledTimer? stored = null;
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (stored?.FiredAt is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(25);
            stored = await node.WithDbAsync(db => db.Timers.AsNoTracking().SingleAsync(t => t.Id == timer.Id));
        }
        Assert.NotNull(stored?.FiredAt);
        Assert.True(stored!.FiredAt >= due, "fired before it was due");
        Assert.True(stored.FiredAt - scheduledAt <= TimeSpan.FromSeconds(2), $"fired {(stored.FiredAt - scheduledAt)!.Value.TotalMilliseconds} ms after scheduling");
    }

}
