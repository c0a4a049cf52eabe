using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Telephony;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Baton.Server.Features.Interactions;
using Baton.Server.Features.Telephony;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Demo;

/// <summary>
/// Two demo queues — "support" with an IVR menu (1 billing → Finance, 2 headsets → Tech Support, 3 returns → Returns)
/// and "sales" — and, with the demo ledger, a morning of calls from the demo customers: answered ones, and two that
/// option 1 sent to the wrong department, so the Board's misrouting panel has something to show. The agents wrapped the
/// calls up (one customer called back about the same bill, so that call does not count as resolved at first contact)
/// and some callers answered the satisfaction survey, so the scorecards have call figures to show.
/// </summary>
public sealed class DemoTelephonySeeder(BatonDb db, TimeProvider time, PhoneNormalizer phones)
{
    public async Task SeedAsync(bool withCalls, CancellationToken ct = default)
    {
        var now = Instants.FromTimeProvider(time);
        var departments = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        if (!new[] { "Support", "Sales", "Finance", "Tech Support", "Returns" }.All(departments.ContainsKey))
        {
            return;
        }
        var support = new CallQueue(Guid.CreateVersion7(), "support", departments["Support"],
        [
            new IvrMenuOption("1", "Billing and payments", departments["Finance"]),
            new IvrMenuOption("2", "Headsets and firmware", departments["Tech Support"]),
            new IvrMenuOption("3", "Returns", departments["Returns"]),
        ], now);
        var sales = new CallQueue(Guid.CreateVersion7(), "sales", departments["Sales"], [], now);
        var returns = new CallQueue(Guid.CreateVersion7(), "returns", departments["Returns"], [], now);
        db.CallQueues.AddRange(support, sales, returns);
        foreach (var q in new[] { support, sales, returns })
        {
            await db.RecordAsync(Actor.System, now, AuditTrail.SubjectOf("call-queue", q.Id), AuditEventType.CallQueueSaved, null,
                new { q.Name, q.DepartmentId, Menu = q.Menu.Select(o => new { o.Choice, o.Label, o.DepartmentId }).ToList() }, "demo data", ct);
        }
        if (withCalls)
        {
            await SeedCallsAsync(now, support, sales, ct);
        }
        await db.SaveChangesAsync(ct);
    }

    private async Task SeedCallsAsync(DateTime now, CallQueue support, CallQueue sales, CancellationToken ct)
    {
        var customers = await db.Customers.AsNoTracking().OrderBy(c => c.CreatedAt).Take(6).ToListAsync(ct);
        var agents = await db.People.AsNoTracking().Where(p => p.UserName == "jordan" || p.UserName == "reese" || p.UserName == "casey")
            .ToDictionaryAsync(p => p.UserName, p => p.Id, ct);
        if (customers.Count < 5 || agents.Count < 3)
        {
            return;
        }
        // (queue, customer, agent, minutes ago, menu option, transferred to, wait s, talk s, resolved, topic, survey score)
        var calls = new (CallQueue Queue, int Customer, string Agent, int MinutesAgo, string? Option, string? TransferTo, int Wait, int Talk,
            bool Resolved, string Topic, int? Score)[]
        {
            (support, 0, "jordan", 170, "1", null, 35, 240, true, "billing", 4),
            (support, 1, "casey", 140, "1", "returns", 52, 410, false, "returns", 2),
            (support, 2, "jordan", 95, "2", null, 18, 300, true, "headset firmware", 5),
            (support, 3, "casey", 60, "1", "returns", 75, 185, true, "returns", null),
            (support, 0, "reese", 45, "1", null, 20, 760, true, "billing", 5),
            (sales, 4, "reese", 30, null, null, 12, 520, true, "upgrade", 4),
        };
        var created = new List<Interaction>();
        foreach (var (queue, customer, agent, minutesAgo, option, transferTo, wait, talk, resolved, topic, score) in calls)
        {
            var queued = now.AddMinutes(-minutesAgo);
            var events = new List<CallEvent>
            {
                new(CallEventKind.Queued, queued, MenuOption: option),
                new(CallEventKind.Answered, queued.AddSeconds(wait), Agent: agent),
                new(CallEventKind.HungUp, queued.AddSeconds(wait + talk), By: "caller"),
            };
            if (transferTo is not null)
            {
                events.Add(new CallEvent(CallEventKind.Transferred, queued.AddSeconds(wait + 60), TargetQueue: transferTo));
            }
            var c = customers[customer];
            var caller = c.Phones.FirstOrDefault() ?? "anonymous";
            var interaction = new Interaction(Guid.CreateVersion7(), $"demo-{Guid.NewGuid():N}@pbx", caller,
                phones.ToE164(caller), queue.Id, queue.Name, c.Id, null, queued);
            interaction.Apply(CallState.Reconcile(events), events.Count, agents[agent], queued.AddSeconds(wait + talk));
            var ended = queued.AddSeconds(wait + talk);
            interaction.WrapUp(agents[agent], resolved, topic, ended.AddSeconds(40 + wait));
            db.Interactions.Add(interaction);
            created.Add(interaction);
            if (score is { } given)
            {
                db.InteractionSurveys.Add(new InteractionSurvey(interaction.Id, agents[agent], queued, given, null, ended.AddMinutes(5)));
            }
        }
        foreach (var customerCalls in created.GroupBy(i => i.CustomerId))
        {
            RepeatContactTracking.Record([.. customerCalls], until: DateTime.MaxValue);
        }
    }
}
