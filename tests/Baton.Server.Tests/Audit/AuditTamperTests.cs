using System.Net.Http.Json;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Features.Audit;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Audit;

/// <summary>Alters, deletes and inserts audit rows directly in the database and proves verification catches each.</summary>
public abstract class AuditTamperTests(BatonApp app)
{
    [SkippableFact]
    public async Task A_clean_log_verifies_through_the_api()
    {
        await SealAsync();
        var leader = await app.SignInAsync("supervisor");
        var result = await leader.GetFromJsonAsync<AuditVerification>("/api/v1/audit/verify");
        Assert.True(result!.Ok, result.Problem?.Message);
        Assert.True(result.EventsChecked > 30);
        Assert.True(result.CheckpointsChecked >= 1);
    }

    [SkippableFact]
    public async Task An_altered_event_is_reported_with_its_id()
    {
        var target = await LatestEventOfAsync("agent");
        await SealAsync();
        await ExecAsync($"UPDATE audit_events SET \"Reason\" = 'nothing happened' WHERE \"Id\" = {target.Id}");
        try
        {
            var result = await VerifyAsync();
            Assert.False(result.Ok);
            Assert.Equal(target.Id, result.Problem!.EventId);
        }
        finally
        {
            await ExecAsync($"UPDATE audit_events SET \"Reason\" = {Sql(target.Reason)} WHERE \"Id\" = {target.Id}");
        }
        Assert.True((await VerifyAsync()).Ok);
    }

    [SkippableFact]
    public async Task A_deleted_event_in_the_middle_of_a_chain_is_reported()
    {
        await app.SignInAsync("jordan");
        await app.SignInAsync("jordan");
        var chain = await ChainOfAsync("jordan");
        var middle = chain[1];
        await DeleteAsync(middle);
        try
        {
            var result = await VerifyAsync();
            Assert.False(result.Ok);
            Assert.Equal("person/" + middle.Subject.Split('/')[1], result.Problem!.Subject);
            Assert.Contains("missing", result.Problem.Message, StringComparison.Ordinal);
        }
        finally
        {
            await ReinsertAsync(middle);
        }
        Assert.True((await VerifyAsync()).Ok);
    }

    [SkippableFact]
    public async Task A_deleted_latest_event_is_caught_by_the_checkpoint()
    {
        await app.SignInAsync("casey");
        await SealAsync();
        var latest = await LatestEventOfAsync("casey");
        await DeleteAsync(latest);
        try
        {
            var result = await VerifyAsync();
            Assert.False(result.Ok);
            Assert.Equal("deleted", result.Problem!.Kind);
            Assert.Equal(latest.Subject, result.Problem.Subject);
        }
        finally
        {
            await ReinsertAsync(latest);
        }
        Assert.True((await VerifyAsync()).Ok);
    }

    [SkippableFact]
    public async Task An_inserted_event_is_reported()
    {
        var head = await LatestEventOfAsync("riley");
        var forged = new AuditEvent
        {
            Subject = head.Subject,
            Sequence = head.Sequence + 1,
            Type = AuditEventType.PersonUpdated,
            ActorName = "admin",
            At = head.At,
            After = "{\"roles\":[\"Admin\"]}",
            PreviousHash = head.Hash,
            Hash = new string('a', 64),
        };
        await app.WithDbAsync(async db =>
        {
            db.AuditEvents.Add(forged);
            await db.SaveChangesAsync();
        });
        try
        {
            var result = await VerifyAsync();
            Assert.False(result.Ok);
            Assert.Equal(forged.Id, result.Problem!.EventId);
        }
        finally
        {
            await DeleteAsync(forged);
        }
    }

    [SkippableFact]
    public async Task A_forged_replacement_with_a_valid_hash_is_caught_by_the_sealed_head()
    {
        await app.SignInAsync("avery");
        await SealAsync();
        var latest = await LatestEventOfAsync("avery");
        await DeleteAsync(latest);
        var forgedReason = "rewritten history";
        var forged = new AuditEvent
        {
            Subject = latest.Subject,
            Sequence = latest.Sequence,
            Type = latest.Type,
            ActorId = latest.ActorId,
            ActorName = latest.ActorName,
            At = latest.At,
            Before = latest.Before,
            After = latest.After,
            Reason = forgedReason,
            PreviousHash = latest.PreviousHash,
            Hash = AuditHash.OfEvent(latest.Subject, latest.Sequence, latest.Type, latest.ActorId, latest.ActorName, latest.At,
                latest.Before, latest.After, forgedReason, latest.PreviousHash),
        };
        await app.WithDbAsync(async db =>
        {
            db.AuditEvents.Add(forged);
            await db.SaveChangesAsync();
        });
        try
        {
            var result = await VerifyAsync();
            Assert.False(result.Ok);
            Assert.Equal(latest.Subject, result.Problem!.Subject);
        }
        finally
        {
            await DeleteAsync(forged);
            await ReinsertAsync(latest);
        }
        Assert.True((await VerifyAsync()).Ok);
    }

    [SkippableFact]
    public async Task An_altered_checkpoint_is_reported()
    {
        await app.SignInAsync("drew");
        var checkpoint = await SealAsync();
        await ExecAsync($"UPDATE audit_checkpoints SET \"LastEventId\" = \"LastEventId\" - 1 WHERE \"Number\" = {checkpoint.Number}");
        try
        {
            var result = await VerifyAsync();
            Assert.False(result.Ok);
            Assert.Equal(checkpoint.Number, result.Problem!.CheckpointNumber);
        }
        finally
        {
            await ExecAsync($"UPDATE audit_checkpoints SET \"LastEventId\" = {checkpoint.LastEventId} WHERE \"Number\" = {checkpoint.Number}");
        }
        Assert.True((await VerifyAsync()).Ok);
    }

    private async Task<AuditCheckpoint> SealAsync()
    {
        app.Time.Advance(TimeSpan.FromSeconds(1));
        var sealedNow = await app.WithDbAsync(db => AuditCheckpoints.SealAsync(db, Instants.FromTimeProvider(app.Time)));
        return sealedNow ?? await app.WithDbAsync(db => db.AuditCheckpoints.AsNoTracking().OrderByDescending(c => c.Number).FirstAsync());
    }

    private Task<AuditVerification> VerifyAsync() => app.WithDbAsync(db => AuditCheckpoints.VerifyAsync(db));

    private async Task<List<AuditEvent>> ChainOfAsync(string userName)
    {
        var subject = await app.WithDbAsync(async db => "person/" + (await db.People.SingleAsync(p => p.UserName == userName)).Id.ToString("D"));
        return await app.WithDbAsync(db => db.AuditEvents.AsNoTracking().Where(e => e.Subject == subject).OrderBy(e => e.Sequence).ToListAsync());
    }

    private async Task<AuditEvent> LatestEventOfAsync(string userName) => (await ChainOfAsync(userName))[^1];

    private Task ExecAsync(string sql) => app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(sql));

    private Task DeleteAsync(AuditEvent e) => ExecAsync($"DELETE FROM audit_events WHERE \"Id\" = {e.Id}");

    private Task ReinsertAsync(AuditEvent e) => app.WithDbAsync(async db =>
    {
        // Put the exact row back, with its original id, through EF so both providers quote values correctly.
        db.AuditEvents.Add(e);
        await db.SaveChangesAsync();
    });

    private static string Sql(string? value) => value is null ? "NULL" : "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}

public sealed class AuditTamperTestsOnSqlite(SqliteApp app) : AuditTamperTests(app), IClassFixture<SqliteApp>;

public sealed class AuditTamperTestsOnPostgres(PostgresApp app) : AuditTamperTests(app), IClassFixture<PostgresApp>;
