using System.Net.Http.Json;
using Baton.Core.Metrics;
using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Tests.Commitments;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Baton.Server.Tests.Commitments.CommitmentLedger;

namespace Baton.Server.Tests.Scorecards;

/// <summary>The scorecards read the fact rows; these must say exactly what the commitments say after every kind of change.</summary>
public abstract class CommitmentFactsProjectionTests(BatonApp app)
{
    private readonly CommitmentLedger _ledger = new(app);

    private Task<List<(CommitmentFact Expected, CommitmentFact? Stored)>> CompareAsync() => app.WithDbAsync(async db =>
    {
        var commitments = await db.Commitments.AsNoTracking().AsSplitQuery().ToListAsync();
        var rows = await db.CommitmentFacts.AsNoTracking().ToDictionaryAsync(f => f.Id);
        return commitments.Select(c => (CommitmentFacts.From(c), rows.GetValueOrDefault(c.Id)?.ToFact())).ToList();
    });

    [SkippableFact]
    public async Task Facts_follow_promises_attempts_hand_offs_acceptances_and_closings_and_a_backfill_restores_them()
    {
        var agent = await app.SignInAsync("agent");
        var callback = Id(await _ledger.PromiseAsync(agent, kind: "Callback"));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{callback}/attempts", new { channel = "Phone", result = "NoAnswer" }));
        app.Time.Advance(TimeSpan.FromMinutes(20));
        await OkAsync(await agent.PostAsJsonAsync($"/api/v1/commitments/{callback}/close", new { outcome = "Kept" }));
        var handoff = Id(await _ledger.HandoffToFinanceAsync(agent, "quincy"));
        app.Time.Advance(TimeSpan.FromMinutes(7));
        await OkAsync(await (await app.SignInAsync("marlow")).PostAsync($"/api/v1/commitments/{handoff}/accept", null));

        var compared = await CompareAsync();
        Assert.Contains(compared, c => c.Expected.Id == callback && c.Expected.Attempts == 1 && c.Expected.ClosedAt is not null);
        Assert.Contains(compared, c => c.Expected.Id == handoff && c.Expected.Acceptance is { } a && a.AcceptedAt - a.HandedOffAt == TimeSpan.FromMinutes(7));
        Assert.All(compared, c => Assert.Equal(c.Expected, c.Stored));

        // A database from before the facts: the startup backfill writes every missing row again.
        await app.WithDbAsync(db => db.CommitmentFacts.ExecuteDeleteAsync());
        var written = await app.WithDbAsync(db => CommitmentFactsBackfill.RunAsync(db));
        Assert.Equal(compared.Count, written);
        Assert.All(await CompareAsync(), c => Assert.Equal(c.Expected, c.Stored));
    }
}

public sealed class CommitmentFactsProjectionTestsOnSqlite(SqliteApp app) : CommitmentFactsProjectionTests(app), IClassFixture<SqliteApp>;

public sealed class CommitmentFactsProjectionTestsOnPostgres(PostgresApp app) : CommitmentFactsProjectionTests(app), IClassFixture<PostgresApp>;
