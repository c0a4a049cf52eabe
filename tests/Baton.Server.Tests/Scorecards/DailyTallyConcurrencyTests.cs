using Baton.Core.Metrics;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Interactions;
using Baton.Server.Features.Scorecards;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.Tallies;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Scorecards;

/// <summary>
/// Two saves that change the same call at once must not both count their change in the daily tallies: the tallies add
/// each save's difference, so the later save has to fail (and retry) rather than count a stale one.
/// </summary>
public abstract class DailyTallyConcurrencyTests(BatonApp app)
{
    private static readonly DateTime Day = new(2025, 9, 1, 0, 0, 0, DateTimeKind.Utc);

    [SkippableFact]
    public async Task Two_calls_repeating_one_earlier_call_at_once_cannot_both_take_back_its_resolution()
    {
        var agent = Guid.NewGuid();
        var customer = Guid.NewGuid();
        var first = AnsweredCall(customer, agent, Day.AddHours(9), "first");
        first.WrapUp(agent, true, "billing", first.EndedAt!.Value.AddSeconds(30));
        await app.WithDbAsync(async db =>
        {
            db.Interactions.Add(first);
            await RepeatContactTracking.RefreshAsync(db, first, CancellationToken.None);
            await db.SaveChangesAsync();
        });

        // Two calls of the same customer arrive together, each recomputing the first call's repeat gap.
        await using var one = app.Services.CreateAsyncScope();
        await using var other = app.Services.CreateAsyncScope();
        var dbOne = one.ServiceProvider.GetRequiredService<BatonDb>();
        var dbOther = other.ServiceProvider.GetRequiredService<BatonDb>();
        var second = AnsweredCall(customer, agent, Day.AddDays(1), "second");
        var third = AnsweredCall(customer, agent, Day.AddDays(2), "third");
        dbOne.Interactions.Add(second);
        await RepeatContactTracking.RefreshAsync(dbOne, second, CancellationToken.None);
        dbOther.Interactions.Add(third);
        await RepeatContactTracking.RefreshAsync(dbOther, third, CancellationToken.None);
        await dbOne.SaveChangesAsync();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => dbOther.SaveChangesAsync());

        var scope = new FigureScope([agent], new Period(Day, Day.AddDays(3)), 30, Day.AddDays(3), []);
        var keptRate = new FigureView("keptRate", "", "rate", 0, 0, null, null, null);
        var fromRows = await app.WithDbAsync(db => InteractionFigures.ComputeAsync(db, scope, keptRate, CancellationToken.None));
        var fromTallies = await app.WithDbAsync(async db =>
            InteractionFigures.Views((await TallyFigures.TryReadAsync(db, scope, CancellationToken.None))!.Value.Calls, scope, keptRate));
        FigureAssert.Equal(fromRows, fromTallies, "the agent", scope.Period);
        var resolution = fromTallies.Single(f => f.Key == "firstContactResolution");
        Assert.Equal((0, 2), (resolution.Numerator, resolution.Denominator));
    }

    private static Interaction AnsweredCall(Guid customer, Guid agent, DateTime queued, string callId)
    {
        var interaction = new Interaction(Guid.NewGuid(), $"tally-{callId}-{Guid.NewGuid():N}", "+12025550100", "+12025550100", Guid.NewGuid(), "support",
            customer, null, queued);
        CallEvent[] events =
        [
            new(CallEventKind.Queued, queued),
            new(CallEventKind.Answered, queued.AddSeconds(10), Agent: "agent"),
            new(CallEventKind.HungUp, queued.AddMinutes(4), By: "caller"),
        ];
        interaction.Apply(CallState.Reconcile(events), events.Length, agent, queued.AddMinutes(4));
        return interaction;
    }
}

public sealed class DailyTallyConcurrencyTestsOnSqlite(SqliteApp app) : DailyTallyConcurrencyTests(app), IClassFixture<SqliteApp>;

public sealed class DailyTallyConcurrencyTestsOnPostgres(PostgresApp app) : DailyTallyConcurrencyTests(app), IClassFixture<PostgresApp>;
