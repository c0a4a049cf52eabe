using Baton.Core.Metrics;
using Baton.Server.Features.Demo;
using Baton.Server.Features.Scorecards;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Tests.Infrastructure;
using Baton.Server.Tests.Scorecards;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Cli;

/// <summary>baton scorecards recount against the demo center's database, without the web host.</summary>
public abstract class ScorecardsRecountCliTests(BatonApp app)
{
    private static readonly Period Year = new(new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));

    [SkippableFact]
    public async Task Lost_tallies_are_recounted_to_the_figures_the_rows_give()
    {
        var scope = new FigureScope(null, Year, 30, Year.To, []);
        // The demo center's promises and calls were made through the product: its tallies already agree with its rows.
        await app.WithDbAsync(db => new DemoCommitmentsSeeder(db, app.Time).SeedAsync());
        var fromRows = await app.WithDbAsync(async db =>
        {
            var commitments = await FactFigures.ComputeAsync(db, scope, CancellationToken.None);
            return (IReadOnlyList<FigureView>)[.. commitments, .. await InteractionFigures.ComputeAsync(db, scope, commitments[0], CancellationToken.None)];
        });
        FigureAssert.Equal(fromRows, await FiguresAsync(scope), "the seeded center", Year);
        Assert.Contains(fromRows, f => f.Key == "keptRate" && f.Denominator > 0);

        await app.WithDbAsync(db => db.DailyTallies.ExecuteDeleteAsync());
        // Only open promises already overdue are read from the rows; everything closed is gone with the tallies.
        Assert.All((await FiguresAsync(scope)).Where(f => f.Key != "slaMet"), f => Assert.Equal(0, f.Denominator));

        var run = await CliRun.RunAsync("scorecards", "recount", "--db", CliRun.DbOf(app));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^OK: [1-9]\d* daily tallies recounted in", run.Out);
        FigureAssert.Equal(fromRows, await FiguresAsync(scope), "the recounted center", Year);
    }

    [SkippableFact]
    public async Task A_missing_database_file_exits_2()
    {
        var run = await CliRun.RunAsync("scorecards", "recount", "--db", Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.db"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", run.Error, StringComparison.Ordinal);
    }

    private Task<IReadOnlyList<FigureView>> FiguresAsync(FigureScope scope) =>
        app.WithDbAsync(db => ScorecardQuery.ComputeFiguresAsync(db, scope, CancellationToken.None));
}

public sealed class ScorecardsRecountCliTestsOnSqlite(SqliteApp app) : ScorecardsRecountCliTests(app), IClassFixture<SqliteApp>;

public sealed class ScorecardsRecountCliTestsOnPostgres(PostgresApp app) : ScorecardsRecountCliTests(app), IClassFixture<PostgresApp>;
