using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Expectations;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

/// <summary>A few expectations for the demo center: for a department, a role and leadership.</summary>
public sealed class DemoExpectationsSeeder(BatonDb db, TimeProvider time)
{
    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = Instants.FromTimeProvider(time);
        var people = await db.People.AsNoTracking().ToDictionaryAsync(p => p.UserName, p => p.Id, ct);
        var finance = await db.Departments.AsNoTracking().Where(d => d.Name == "Finance").Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
        Guid? Person(string userName) => people.TryGetValue(userName, out var id) ? id : null;
        var manager = Person("manager") ?? Person("admin");
        if (manager is null)
        {
            return;
        }
        var rows = new List<Expectation>();
        void Add(string metric, AppliesToKind kind, string appliesTo, decimal target, Comparison comparison, string description, Guid owner) =>
            rows.Add(new Expectation
            {
                Id = Guid.CreateVersion7(), Key = Guid.CreateVersion7(), Version = 1, Metric = metric, AppliesToKind = kind, AppliesTo = appliesTo,
                Target = target, Comparison = comparison, Description = description, OwnerId = owner,
                ChangeReason = "Agreed at the quarterly service review", CreatedAt = now, CreatedById = manager.Value,
            });
        if (finance is { } financeId)
        {
            Add("handoffWithinSla", AppliesToKind.Department, financeId.ToString(), 0.9m, Comparison.AtLeast,
                "Finance accepts hand-offs within 30 business minutes, 90% of the time.", Person("departmenthead") ?? manager.Value);
        }
        Add("keptRate", AppliesToKind.Role, "Agent", 0.9m, Comparison.AtLeast,
            "Agents keep at least 90% of the callbacks they promise.", manager.Value);
        Add("escalationResponse", AppliesToKind.Role, "TeamLead", 60m, Comparison.AtMost,
            "Team leads answer an escalation within 60 minutes.", manager.Value);
        Add("slaMet", AppliesToKind.Role, "Manager", 0.95m, Comparison.AtLeast,
            "Leadership: the center meets its SLA on 95% of promises.", Person("admin") ?? manager.Value);
        db.Expectations.AddRange(rows);
        foreach (var e in rows)
        {
            await db.RecordAsync(Actor.System, now, AuditTrail.SubjectOf("expectation", e.Id), AuditEventType.ExpectationChanged, null,
                new { e.Key, e.Version, e.Metric, AppliesToKind = e.AppliesToKind.ToString(), e.AppliesTo, e.Target, Comparison = e.Comparison.ToString(), e.Description, e.OwnerId },
                "demo data", ct);
        }
        await db.SaveChangesAsync(ct);
    }
}
