using Baton.Core.Commitments;
using Baton.Server.Features.Demo;
using Baton.Server.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Tests.Exports;

public abstract class DemoCommitmentsTests(BatonApp app)
{
    [SkippableFact]
    public async Task The_demo_ledger_is_made_through_the_domain_with_every_kind_of_situation_and_its_audit_trail()
    {
        await app.WithDbAsync(db => new DemoCommitmentsSeeder(db, app.Time).SeedAsync());
        var now = app.Time.GetUtcNow().UtcDateTime;
        var all = await app.WithDbAsync(db => db.Commitments.AsNoTracking().AsSplitQuery().ToListAsync());
        Assert.True(await app.WithDbAsync(db => db.Customers.CountAsync()) >= 20);
        Assert.Contains(all, c => c.Outcome == Outcome.Kept);
        Assert.Contains(all, c => c.Outcome == Outcome.Broken && c.OutcomeReason is not null);
        Assert.Contains(all, c => !c.IsClosed && c.Due < now);
        Assert.Contains(all, c => !c.IsClosed && c.Due > now && c.Due < now.AddHours(2));
        Assert.Contains(all, c => c.Kind == CommitmentKind.Handoff && c.AwaitingAcceptance);
        Assert.Contains(all, c => c.Kind == CommitmentKind.Request && c.AwaitingAcceptance);
        Assert.Contains(all, c => c.Kind == CommitmentKind.Callback && !c.IsClosed && c.Attempts.Count(a => a.Result != AttemptResult.Reached) == 2);
        Assert.Contains(all, c => c.Custody.Any(t => t.Reason == CustodyReason.ShiftHandover));
        // Invariant 1 and 2: one active owner, custody unbroken and ending at the owner; every change audited.
        var active = await app.WithDbAsync(db => db.People.AsNoTracking().Where(p => p.Active).Select(p => p.Id).ToListAsync());
        foreach (var c in all)
        {
            Assert.Contains(c.OwnerId, active);
            Assert.Equal(c.OwnerId, c.Custody.OrderBy(t => t.Sequence).Last().ToId);
            var subject = $"commitment/{c.Id:D}";
            Assert.True(await app.WithDbAsync(db => db.AuditEvents.AnyAsync(e => e.Subject == subject)));
        }
    }
}

public sealed class DemoCommitmentsTestsOnSqlite(SqliteApp app) : DemoCommitmentsTests(app), IClassFixture<SqliteApp>;

public sealed class DemoCommitmentsTestsOnPostgres(PostgresApp app) : DemoCommitmentsTests(app), IClassFixture<PostgresApp>;
