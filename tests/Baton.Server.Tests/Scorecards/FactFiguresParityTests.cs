using Baton.Core.Commitments;
using Baton.Core.Metrics;
using Baton.Server.Features.Scorecards;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Scorecards;

/// <summary>
/// The database computes the figures (<see cref="FactFigures"/>); the pure metrics in Baton.Core define them. On random
/// histories — renegotiated, cancelled, open and overdue items, hand-offs, escalations, excluded items — both must agree
/// exactly, for a person, a team and everyone, over periods that cut through the history.
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
            db.CommitmentFacts.AddRange(facts.Select(CommitmentFactRow.From));
            await db.SaveChangesAsync();
        });

        var asOf = Start.AddDays(40);
        var scopes = new[] { Scope.Person(people[0]), Scope.Team(Guid.NewGuid(), people.Take(3)), Scope.Everyone };
        var periods = new[] { new Period(Start.AddDays(5), Start.AddDays(20)), new Period(Start, Start.AddDays(60)) };
        foreach (var scope in scopes)
        {
            foreach (var period in periods)
            {
                var expected = Expected(Scorecard.For(scope, period, new ScorecardInputs(facts, [], [], excluded),
                    new ScorecardSettings(TimeSpan.FromDays(7), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30)), asOf));
                var members = scope.Members?.ToList();
                var actual = await app.WithDbAsync(db => FactFigures.ComputeAsync(db,
                    new FigureScope(members, period, 30, asOf, excluded), CancellationToken.None));
                FigureAssert.Equal(expected, actual, scope.Kind.ToString(), period);
                Assert.Contains(expected, f => f.Denominator > 0);
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
        new(key, "", "minutes", f.Numerator.TotalMinutes, f.Denominator, f.Value?.TotalMinutes, f.Median?.TotalMinutes, f.P90?.TotalMinutes);

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
