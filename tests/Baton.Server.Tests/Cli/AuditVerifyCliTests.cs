using Baton.Core;
using Baton.Server.Features.Audit;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Cli;

/// <summary>baton audit verify against the test app's own database, without the web host.</summary>
public abstract class AuditVerifyCliTests(BatonApp app)
{
    [SkippableFact]
    public async Task A_clean_log_prints_OK_and_exits_0()
    {
        await SealAsync();
        var run = await CliRun.RunAsync("audit", "verify", "--db", CliRun.DbOf(app));
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Matches(@"^OK: \d+ events, \d+ checkpoints, \d+ not yet sealed", run.Out);
        Assert.Equal("", run.Error);
    }

    [SkippableFact]
    public async Task The_provider_can_be_named_explicitly()
    {
        await SealAsync();
        var provider = app.Provider == Baton.Server.Data.DatabaseProvider.Postgres ? "postgres" : "sqlite";
        var run = await CliRun.RunAsync("audit", "verify", "--db", CliRun.DbOf(app), "--provider", provider);
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.StartsWith("OK:", run.Out, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task An_altered_row_prints_BROKEN_with_the_event_id_and_exits_1()
    {
        var target = await LatestEventOfAsync("finley");
        await SealAsync();
        await SetReasonAsync(target.Id, "nothing happened");
        try
        {
            var run = await CliRun.RunAsync("audit", "verify", "--db", CliRun.DbOf(app));
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.StartsWith("BROKEN: ", run.Out, StringComparison.Ordinal);
            Assert.Contains($"event id: {target.Id}", run.Out, StringComparison.Ordinal);
            Assert.Contains($"Event {target.Id} ", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            await SetReasonAsync(target.Id, target.Reason);
        }
        Assert.Equal(0, (await CliRun.RunAsync("audit", "verify", "--db", CliRun.DbOf(app))).ExitCode);
    }

    [SkippableFact]
    public async Task An_altered_checkpoint_prints_its_number()
    {
        await app.SignInAsync("sage");
        var checkpoint = await SealAsync();
        await ExecAsync($"UPDATE audit_checkpoints SET \"LastEventId\" = \"LastEventId\" - 1 WHERE \"Number\" = {checkpoint.Number}");
        try
        {
            var run = await CliRun.RunAsync("audit", "verify", "--db", CliRun.DbOf(app));
            Assert.True(run.ExitCode == 1, run.ToString());
            Assert.Contains($"checkpoint: {checkpoint.Number}", run.Out, StringComparison.Ordinal);
        }
        finally
        {
            await ExecAsync($"UPDATE audit_checkpoints SET \"LastEventId\" = {checkpoint.LastEventId} WHERE \"Number\" = {checkpoint.Number}");
        }
    }

    private async Task<AuditCheckpoint> SealAsync()
    {
        app.Time.Advance(TimeSpan.FromSeconds(1));
        var sealedNow = await app.WithDbAsync(db => AuditCheckpoints.SealAsync(db, Instants.FromTimeProvider(app.Time)));
        return sealedNow ?? await app.WithDbAsync(db => db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Number).FirstAsync());
    }

    private async Task<AuditEvent> LatestEventOfAsync(string userName)
    {
        var subject = await app.WithDbAsync(async db => "person/" + (await db.People.SingleAsync(p => p.UserName == userName)).Id.ToString("D"));
        return await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == subject).OrderByDescending(e => e.Sequence).FirstAsync());
    }

    private Task SetReasonAsync(long id, string? reason) =>
        app.WithDbAsync(db => db.AuditEvents.Where(e => e.Id == id).ExecuteUpdateAsync(u => u.SetProperty(e => e.Reason, reason)));

    private Task ExecAsync(string sql) => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));
}

public sealed class AuditVerifyCliTestsOnSqlite(SqliteApp app) : AuditVerifyCliTests(app), IClassFixture<SqliteApp>;

public sealed class AuditVerifyCliTestsOnPostgres(PostgresApp app) : AuditVerifyCliTests(app), IClassFixture<PostgresApp>;
