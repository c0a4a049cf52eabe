using Baton.Core.Metrics;
using Baton.Core.Telephony;
using Baton.Server.Features.Interactions;
using Baton.Server.Features.Scorecards;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.Tallies;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Scorecards;

/// <summary>
/// The call figures the database computes (<see cref="InteractionFigures"/>, reading the repeat gaps kept by
/// <see cref="RepeatContactTracking"/>) against their definition in <see cref="InteractionMetrics"/>. Calls arrive and
/// are wrapped up (and re-classified) in random order, as they do in a center, and both must agree exactly, whether
/// read from the calls or summed from the daily tallies kept save by save (then folded, then rebuilt).
/// </summary>
public abstract class InteractionFiguresParityTests(BatonApp app)
{
    private static readonly DateTime Start = new(2025, 6, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly string?[] Topics = ["billing", "delivery", "returns"];

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task The_database_call_figures_equal_the_reference_metrics(int seed)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        var customers = Enumerable.Range(0, 10).Select(_ => Guid.NewGuid()).ToList();
        var calls = Enumerable.Range(0, 250).Select(n => RandomCall(random, n, people, customers)).ToList();
        var surveys = calls.Where(_ => random.Next(3) == 0).Select(c => new SurveyResponse(c.Interaction.Id, 1 + random.Next(5))).ToList();
        var excluded = calls.Where(_ => random.Next(25) == 0).Select(c => c.Interaction.Id).ToHashSet();

        await app.WithDbAsync(async db =>
        {
            await db.Interactions.ExecuteDeleteAsync();
            await db.InteractionSurveys.ExecuteDeleteAsync();
            await db.DailyTallies.ExecuteDeleteAsync();
            foreach (var call in calls.OrderBy(_ => random.Next()))
            {
                db.Interactions.Add(call.Interaction);
                await RepeatContactTracking.RefreshAsync(db, call.Interaction, CancellationToken.None);
                await db.SaveChangesAsync();
            }
            // Wrap-ups come in any order, and some calls are re-classified after another topic was given first.
            foreach (var call in calls.Where(c => c.Topic is not null).OrderBy(_ => random.Next()))
            {
                var ended = call.Interaction.EndedAt!.Value;
                if (random.Next(6) == 0)
                {
                    call.Interaction.WrapUp(call.Agent, !call.Resolved, Topics[(Array.IndexOf(Topics, call.Topic) + 1) % Topics.Length], ended.AddSeconds(30));
                    await RepeatContactTracking.RefreshAsync(db, call.Interaction, CancellationToken.None);
                    await db.SaveChangesAsync();
                }
                call.Interaction.WrapUp(call.Agent, call.Resolved, call.Topic, ended.AddSeconds(20 + random.Next(200)));
                await RepeatContactTracking.RefreshAsync(db, call.Interaction, CancellationToken.None);
                await db.SaveChangesAsync();
            }
            db.InteractionSurveys.AddRange(surveys.Select(s =>
            {
                var call = calls.Single(c => c.Interaction.Id == s.InteractionId).Interaction;
                return new InteractionSurvey(call.Id, call.AgentId!.Value, call.QueuedAt, s.Score, null, call.EndedAt!.Value);
            }));
            await db.SaveChangesAsync();
        });
        var facts = calls.Select(c => new InteractionFact(c.Interaction.Id, c.Interaction.CustomerId!.Value, c.Interaction.Topic, c.Agent,
            c.Interaction.QueuedAt, c.Interaction.Resolved == true, TimeSpan.FromSeconds(c.Interaction.HandleSeconds!.Value))).ToList();

        var window = TimeSpan.FromDays(7);
        var longCall = TimeSpan.FromMinutes(10);
        var scopes = new[] { Scope.Person(people[0]), Scope.Team(Guid.NewGuid(), people.Take(3)), Scope.Everyone };
        // Whole days, and part-days at both ends (read from the rows beside the tallies of the days between).
        var periods = new[] { new Period(Start.AddDays(5), Start.AddDays(20)), new Period(Start, Start.AddDays(60)),
            new Period(Start.AddDays(3).AddHours(7).AddMinutes(13), Start.AddDays(31).AddHours(13).AddSeconds(5)) };
        var keptRate = new FigureView("keptRate", "", "rate", 0, 0, null, null, null);
        // Each way of reading: the calls themselves, the tallies as appended save by save, folded, and rebuilt.
        foreach (var reading in new[] { "rows", "appended tallies", "folded tallies", "rebuilt tallies" })
        {
            if (reading == "folded tallies")
            {
                Assert.True(await app.WithDbAsync(db => DailyTallyCompactor.CompactAsync(db)) > 0);
            }
            if (reading == "rebuilt tallies")
            {
                await app.WithDbAsync(db => DailyTallyRebuild.RunAsync(db));
            }
            foreach (var scope in scopes)
            {
                foreach (var period in periods)
                {
                    var handle = InteractionMetrics.HandleTime(facts, [], period, window, longCall, excluded, scope);
                    var csat = InteractionMetrics.Csat(facts, surveys, period, excluded, scope);
                    FigureView[] expected =
                    [
                        FigureAssert.Rate("firstContactResolution", InteractionMetrics.FirstContactResolution(facts, period, window, excluded, scope)),
                        new("handleTime", "", "minutes", handle.Time.Numerator.TotalMinutes, handle.Time.Denominator, handle.Time.Value?.TotalMinutes,
                            handle.Time.Within(DurationScale.Calls, 0.5), handle.Time.Within(DurationScale.Calls, 0.9)),
                        FigureAssert.Rate("longCallsResolved", handle.LongCallsResolved),
                        new("csat", "", "score", csat.Score.Numerator, csat.Score.Denominator, csat.Score.Value, null, null),
                        FigureAssert.Rate("csatSatisfied", csat.Satisfied),
                    ];
                    var figureScope = new FigureScope(scope.Members?.ToList(), period, 30, Start.AddDays(70), excluded);
                    var actual = await app.WithDbAsync(async db => reading == "rows"
                        ? await InteractionFigures.ComputeAsync(db, figureScope, keptRate, CancellationToken.None)
                        : InteractionFigures.Views((await TallyFigures.TryReadAsync(db, figureScope, CancellationToken.None))!.Value.Calls, figureScope, keptRate));
                    FigureAssert.Equal(expected, actual, $"{scope.Kind} from {reading}", period);
                    // The histories are dense enough that repeats happen and some calls still count as resolved.
                    var fcr = expected[0];
                    Assert.InRange(fcr.Numerator, 1, fcr.Denominator - 1);
                }
            }
        }
    }

    private sealed record GeneratedCall(Interaction Interaction, Guid Agent, bool Resolved, string? Topic);

    /// <summary>An answered, ended call; four in five get a topic at wrap-up, the rest are never classified.</summary>
    private static GeneratedCall RandomCall(Random random, int n, List<Guid> people, List<Guid> customers)
    {
        var queued = Start.AddMinutes(random.Next(60 * 24 * 60));
        var answered = queued.AddSeconds(5 + random.Next(60));
        var ended = answered.AddSeconds(30 + random.Next(20 * 60));
        var agent = people[random.Next(people.Count)];
        var interaction = new Interaction(Guid.NewGuid(), $"parity-{n}", "+12025550100", "+12025550100", Guid.NewGuid(), "support",
            customers[random.Next(customers.Count)], null, queued);
        CallEvent[] events =
        [
            new(CallEventKind.Queued, queued),
            new(CallEventKind.Answered, answered, Agent: "agent"),
            new(CallEventKind.HungUp, ended, By: "caller"),
        ];
        interaction.Apply(CallState.Reconcile(events), events.Length, agent, ended);
        return new GeneratedCall(interaction, agent, random.Next(3) > 0, random.Next(5) == 0 ? null : Topics[random.Next(Topics.Length)]);
    }
}

public sealed class InteractionFiguresParityTestsOnSqlite(SqliteApp app) : InteractionFiguresParityTests(app), IClassFixture<SqliteApp>;

public sealed class InteractionFiguresParityTestsOnPostgres(PostgresApp app) : InteractionFiguresParityTests(app), IClassFixture<PostgresApp>;
