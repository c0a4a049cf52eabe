using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Routing;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Routing;

/// <summary>
/// POST /api/v1/routing/rules (a new rule → 201) and PUT /api/v1/routing/rules/{id} (a change → 200), Manager or Admin:
/// queue name (unique), department, required skills, priority, offer timeout, overflow department and time, default
/// capacity. Everything is validated before anything changes; a refusal names the field. Queued work is routed again.
/// </summary>
public static class SaveRoutingRule
{
    public sealed record Request(string? Queue, Guid? DepartmentId, IReadOnlyList<string>? RequiredSkills, int? Priority, int? OfferTimeoutSeconds,
        Guid? OverflowDepartmentId, int? OverflowAfterSeconds, int? DefaultCapacity)
    {
        public RoutingRuleDraft Draft => new(Queue, DepartmentId, RequiredSkills, Priority, OfferTimeoutSeconds, OverflowDepartmentId, OverflowAfterSeconds,
            DefaultCapacity);
    }

    public static async Task<Created<RoutingRuleView>> Create(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), null, request, ct);
        return TypedResults.Created($"/api/v1/routing/rules/{view!.Id}", view);
    }

    public static async Task<Results<Ok<RoutingRuleView>, NotFound>> Update(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    /// <summary>Adds a rule (no id) or changes one; null when the rule to change does not exist.</summary>
    public static async Task<RoutingRuleView?> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid? id, Request request, CancellationToken ct)
    {
        RoutingRule? rule = null;
        if (id is { } existing)
        {
            rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == existing, ct);
            if (rule is null)
            {
                return null;
            }
        }
        var draft = request.Draft;
        // Validate the fields first (the domain names the field), then what only the database knows.
        var candidate = RoutingRule.Create(rule?.Id ?? Guid.CreateVersion7(), draft);
        await RequireDepartmentAsync(db, draft.DepartmentId, "departmentId", ct);
        await RequireDepartmentAsync(db, draft.OverflowDepartmentId, "overflowDepartmentId", ct);
        // Few rules exist: comparing their names here is simpler than a case-insensitive query on both providers.
        var others = await db.RoutingRules.AsNoTracking().Where(r => r.Id != candidate.Id).Select(r => r.Queue).ToListAsync(ct);
        if (others.Contains(candidate.Queue, StringComparer.OrdinalIgnoreCase))
        {
            throw new DomainException("queue", $"A rule for the queue '{candidate.Queue}' exists already; change that one.");
        }

        var before = rule is null ? null : Snapshot(rule);
        if (rule is null)
        {
            rule = candidate;
            db.RoutingRules.Add(rule);
        }
        else
        {
            rule.Change(draft);
        }
        await db.RecordAsync(Actor.From(user), now, AuditTrail.SubjectOf("routing-rule", rule.Id), AuditEventType.RoutingRuleChanged, before, Snapshot(rule),
            null, ct);
        await RoutingPasses.RequestAsync(db, now, ct);
        await db.SaveChangesAsync(ct);
        return (await RoutingViews.RulesAsync(db, [rule], ct)).Single();
    }

    public static object Snapshot(RoutingRule r) => new
    {
        r.Queue, r.DepartmentId, r.RequiredSkills, r.Priority, r.OfferTimeoutSeconds, r.OverflowDepartmentId, r.OverflowAfterSeconds, r.DefaultCapacity,
    };

    private static async Task RequireDepartmentAsync(BatonDb db, Guid? departmentId, string field, CancellationToken ct)
    {
        if (departmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d, ct))
        {
            throw new DomainException(field, "There is no department with this id.");
        }
    }
}
