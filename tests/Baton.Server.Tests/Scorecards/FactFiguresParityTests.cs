using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Server.Features.Scorecards;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.Tallies;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Scorecards;

/// <summary>
/// The database computes the figures (<see cref="FactFigures"/>); the pure metrics in Baton.Core define them. On random
/// histories — renegotiated, cancelled, open and overdue items, hand-offs, escalations, excluded items — both must agree
/// exactly, for a person, a team and everyone, over periods that cut through the history, whether read from the fact
/// rows or summed from the daily tallies kept save by save (then folded, then rebuilt).
/// </summary>
public abstract class FactFiguresParityTests(BatonApp app)
{
    private static readonly DateTime Start = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [SkippableTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task The_database_figures_equal_the_reference_metrics(int seed)
    {
        var random = new Random(seed);
        var people = Enumerable.Range(0, 6).Select(_ => Guid.NewGuid()).ToList();
        var facts = Enumerable.Range(0, 400).Select(_ => RandomFact(random, people)).ToList();
        var excluded = facts.Where(_ => random.Next(20) == 0).Select(f => f.Id).ToHashSet();
        await app.WithDbAsync(async db =>
        {
            await db.CommitmentFacts.ExecuteDeleteAsync();
            await db.DailyTallies.ExecuteDeleteAsync();
            db.CommitmentFacts.AddRange(facts.Select(CommitmentFactRow.From));
            await db.SaveChangesAsync();
        });
        // Then facts change as their commitments do: closed, reassigned, handed on or withdrawn, loaded and attached alike.
        for (var i = 0; i < facts.Count; i++)
        {
            var change = random.Next(8);
            if (change > 2)
            {
                continue;
            }
            var id = facts[i].Id;
            var replacement = RandomFact(random, people) with { Id = id };
            await app.WithDbAsync(async db =>
            {
                if (change == 0)
                {
                    db.CommitmentFacts.Remove(await db.CommitmentFacts.SingleAsync(f => f.Id == id));
                }
                else if (change == 1)
                {
                    (await db.CommitmentFacts.SingleAsync(f => f.Id == id)).Apply(replacement);
                }
                else
                {
                    db.CommitmentFacts.Update(CommitmentFactRow.From(replacement));
                }
                await db.SaveChangesAsync();
            });
            facts[i] = change == 0 ? facts[i] with { Id = Guid.Empty } : replacement;
        }
        facts.RemoveAll(f => f.Id == Guid.Empty);

        var asOf = Start.AddDays(40);
        var scopes = new[] { Scope.Person(people[0]), Scope.Team(Guid.NewGuid(), people.Take(3)), Scope.Everyone };
        // Whole days, and part-days at both ends (read from the rows beside the tallies of the days between).
        var periods = new[] { new Period(Start.AddDays(5), Start.AddDays(20)), new Period(Start, Start.AddDays(60)),
            new Period(Start.AddDays(3).AddHours(7).AddMinutes(13), Start.AddDays(31).AddHours(13).AddSeconds(5)) };
        // Each way of reading: the rows themselves, the tallies as appended save by save, folded, and rebuilt.
        foreach (var reading in new[] { "rows", "appended tallies", "folded tallies", "rebuilt tallies" })
        {
            if (reading == "folded tallies")
            {
                Assert.True(await app.WithDbAsync(db => DailyTallyCompactor.CompactAsync(db)) > 0);
                Assert.False(await app.WithDbAsync(db => db.DailyTallies.GroupBy(t => new { t.PersonId, t.Day }).AnyAsync(g => g.Count() > 1)));
            }
            if (reading == "rebuilt tallies")
            {
                await app.WithDbAsync(db => DailyTallyRebuild.RunAsync(db));
            }
            foreach (var scope in scopes)
            {
                // An SLA of 30 minutes is a bound of the acceptance histogram; one of 25 is counted from the fact rows.
                foreach (var (period, sla) in periods.SelectMany(p => new[] { (p, 30.0), (p, 25.0) }))
                {
                    var expected = Expected(Scorecard.For(scope, period, new ScorecardInputs(facts, [], [], excluded),
                        new ScorecardSettings(TimeSpan.FromDays(7), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(sla)), asOf));
                    var figureScope = new FigureScope(scope.Members?.ToList(), period, sla, asOf, excluded);
                    var actual = await app.WithDbAsync(async db => reading == "rows"
                        ? await FactFigures.ComputeAsync(db, figureScope, CancellationToken.None)
                        : FactFigures.Views((await TallyFigures.TryReadAsync(db, figureScope, CancellationToken.None))!.Value.Commitments));
                    FigureAssert.Equal(expected, actual, $"{scope.Kind} from {reading}", period);
                    Assert.Contains(expected, f => f.Denominator > 0);
                }
            }
        }
    }

    private static FigureView[] Expected(Scorecard card) =>
    [
        FigureAssert.Rate("keptRate", card.KeptRate),
        FigureAssert.Rate("onTimeRate", card.OnTimeRate),
        new("attemptsPerCallback", "", "mean", card.AttemptsPerCallback.Numerator, card.AttemptsPerCallback.Denominator, card.AttemptsPerCallback.Value, null, null),
        Duration("handoffAcceptance", card.HandoffAcceptance.Time),
        FigureAssert.Rate("handoffWithinSla", card.HandoffAcceptance.WithinSla),
        Duration("escalationResponse", card.EscalationResponse),
        FigureAssert.Rate("slaMet", card.SlaMet),
    ];

    private static FigureView Duration(string key, DurationFigure f) =>
        new(key, "", "minutes", f.Numerator.TotalMinutes, f.Denominator, f.Value?.TotalMinutes,
            f.Within(DurationScale.Commitments, 0.5), f.Within(DurationScale.Commitments, 0.9));

    private static CommitmentFact RandomFact(Random random, List<Guid> people)
    {
        var kinds = new[] { CommitmentKind.Callback, CommitmentKind.FollowUp, CommitmentKind.Handoff, CommitmentKind.Escalation };
        var kind = kinds[random.Next(kinds.Length)];
        var owner = people[random.Next(people.Count)];
        var created = Start.AddMinutes(random.Next(50 * 24 * 60));
        var due = created.AddMinutes(10 + random.Next(3 * 24 * 60));
        Outcome? outcome = random.Next(6) switch
        {
            0 => null,
            1 => Outcome.Broken,
            2 => random.Next(2) == 0 ? Outcome.Renegotiated : Outcome.Cancelled,
            _ => Outcome.Kept,
        };
        DateTime? closed = outcome is null ? null : created.AddMinutes(1 + random.Next(4 * 24 * 60));
        var acceptance = kind == CommitmentKind.Handoff && random.Next(3) > 0
            ? new HandoffAcceptance(created, created.AddMinutes(1 + random.Next(90)), people[random.Next(people.Count)]) : null;
        var firstAction = random.Next(3) > 0 ? new FirstAction(created.AddMinutes(1 + random.Next(600)), people[random.Next(people.Count)]) : null;
        return new CommitmentFact(Guid.NewGuid(), kind, owner, created, due, outcome, closed, random.Next(4), acceptance, firstAction);
    }
}

public sealed class FactFiguresParityTestsOnSqlite(SqliteApp app) : FactFiguresParityTests(app), IClassFixture<SqliteApp>;

public sealed class FactFiguresParityTestsOnPostgres(PostgresApp app) : FactFiguresParityTests(app), IClassFixture<PostgresApp>;
