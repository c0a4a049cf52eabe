using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Discretion;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Discretion;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

/// <summary>
/// Discretion policies for the demo center — agents may give 25 USD goodwill credit per interaction and 300 per week, more
/// after a year with a 95% kept rate; team leads more — and start dates so that earned autonomy has tenure to count.
/// </summary>
public sealed class DemoDiscretionSeeder(BatonDb db, TimeProvider time)
{
    private const string Currency = "USD";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = Instants.FromTimeProvider(time);
        var earned = new EarnedAutonomyRule(12, 0.95m, 1.5m);
        var policies = new[]
        {
            DiscretionPolicy.ForRole(Guid.CreateVersion7(), GestureType.GoodwillCredit, Role.Agent, Currency, 25m, 300m, earned, now),
            DiscretionPolicy.ForRole(Guid.CreateVersion7(), GestureType.FeeWaiver, Role.Agent, Currency, 15m, 100m, earned, now),
            DiscretionPolicy.ForRole(Guid.CreateVersion7(), GestureType.ExpeditedShipping, Role.Agent, Currency, 20m, 120m, null, now),
            DiscretionPolicy.ForRole(Guid.CreateVersion7(), GestureType.GoodwillCredit, Role.TeamLead, Currency, 100m, 1000m, null, now),
            DiscretionPolicy.ForRole(Guid.CreateVersion7(), GestureType.FeeWaiver, Role.TeamLead, Currency, 50m, 400m, null, now),
            DiscretionPolicy.ForRole(Guid.CreateVersion7(), GestureType.ExpeditedShipping, Role.TeamLead, Currency, 60m, 400m, null, now),
        };
        db.DiscretionPolicies.AddRange(policies);
        foreach (var p in policies)
        {
            await db.RecordAsync(Actor.System, now, SavePolicy.Subject(p.Id), AuditEventType.DiscretionPolicySaved, null, SavePolicy.Snapshot(p), "demo data", ct);
        }

        // Tenure from a few months to several years, so some people have earned autonomy once their kept rate allows it.
        var people = await db.People.AsNoTracking().OrderBy(p => p.UserName).Select(p => new { p.Id, p.UserName }).ToListAsync(ct);
        var today = DateOnly.FromDateTime(now);
        var known = await db.EmploymentStarts.Select(e => e.PersonId).ToListAsync(ct);
        for (var i = 0; i < people.Count; i++)
        {
            if (known.Contains(people[i].Id))
            {
                continue;
            }
            var months = people[i].UserName == "agent" ? 8 : 3 + (i * 7 % 60);
            var start = new EmploymentStart { PersonId = people[i].Id, StartedOn = today.AddMonths(-months), RecordedAt = now };
            db.EmploymentStarts.Add(start);
            await db.RecordAsync(Actor.System, now, AuditTrail.SubjectOf("person", start.PersonId), AuditEventType.EmploymentStartRecorded, null,
                new { start.StartedOn }, "demo data", ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
