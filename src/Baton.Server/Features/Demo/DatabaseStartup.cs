using Baton.Server.Features.Scorecards.Facts;
using Baton.Server.Features.Scorecards.Tallies;
using Baton.Server.Data;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

public static class DatabaseStartup
{
    /// <summary>Applies migrations, then seeds the demo center when demo mode is on and the database is empty.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        await db.MigrateAsync();
        // Tallies first: facts written by the backfill are tallied as they are saved.
        await DailyTallyRebuild.RunIfMissingAsync(db);
        await CommitmentFactsBackfill.RunAsync(db);
        var demo = DemoOptions.From(app.Configuration, app.Environment);
        if (demo.Enabled && !await db.People.AnyAsync())
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(demo);
            if (app.Configuration.GetValue("Baton:Demo:Commitments", true))
            {
                await new DemoCommitmentsSeeder(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).SeedAsync();
            }
        }
        if (demo.Enabled && !await db.Expectations.AnyAsync())
        {
            await new DemoExpectationsSeeder(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).SeedAsync();
        }
        if (demo.Enabled && !await db.DiscretionPolicies.AnyAsync())
        {
            await new DemoDiscretionSeeder(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).SeedAsync();
        }
        if (demo.Enabled && !await db.ShiftPreferences.AnyAsync() && !await db.Unavailabilities.AnyAsync())
        {
            await new DemoSchedulePreferencesSeeder(db, scope.ServiceProvider.GetRequiredService<TimeProvider>()).SeedAsync();
        }
        if (demo.Enabled && !await db.CallQueues.AnyAsync())
        {
            await new DemoTelephonySeeder(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(),
                    scope.ServiceProvider.GetRequiredService<Baton.Core.Telephony.PhoneNormalizer>())
                .SeedAsync(app.Configuration.GetValue("Baton:Demo:Commitments", true));
        }
        if (demo.Enabled && !await db.WorkflowVersions.AnyAsync())
        {
            await scope.ServiceProvider.GetRequiredService<WorkflowSamplesSeeder>().SeedAsync();
        }
        if (demo.Enabled && app.Configuration.GetValue("Baton:Demo:Commitments", true) && !await db.CoachingSessions.AnyAsync())
        {
            await ActivatorUtilities.CreateInstance<DemoCoachingSeeder>(scope.ServiceProvider).SeedAsync();
        }
    }
}
