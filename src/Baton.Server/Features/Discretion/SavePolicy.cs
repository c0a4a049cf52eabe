using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Discretion;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Discretion;

/// <summary>
/// POST /api/v1/discretion/policies (Manager or Admin): adds a policy for a role or a person; PUT /api/v1/discretion/policies/{id}
/// changes its limits and earned-autonomy rule. One policy per gesture and holder; a person's own policy overrides their roles'.
/// </summary>
public static class SavePolicy
{
    public sealed record EarnedAutonomyRequest(int? MinTenureMonths, decimal? MinKeptRate, decimal? Factor);

    public sealed record Request(GestureType? Gesture, PolicyHolderKind? HolderKind, Role? Role, Guid? PersonId, string? Currency,
        decimal? PerInteractionLimit, decimal? RollingWeekLimit, EarnedAutonomyRequest? EarnedAutonomy);

    public static async Task<Created<PolicyView>> Create(Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await CreateAsync(db, user, Instants.FromTimeProvider(time), request, ct);
        return TypedResults.Created($"/api/v1/discretion/policies/{view.Id}", view);
    }

    public static async Task<Results<Ok<PolicyView>, NotFound>> Update(Guid id, Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var view = await UpdateAsync(db, user, Instants.FromTimeProvider(time), id, request, ct);
        return view is null ? TypedResults.NotFound() : TypedResults.Ok(view);
    }

    public static async Task<PolicyView> CreateAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Request request, CancellationToken ct)
    {
        RequireManager(user);
        var gesture = request.Gesture is { } g && Enum.IsDefined(g) ? g
            : throw new DomainException("gesture", "Say which gesture: GoodwillCredit, FeeWaiver or ExpeditedShipping.");
        var (perInteraction, rollingWeek, earned) = Limits(request);
        var policy = request.HolderKind switch
        {
            PolicyHolderKind.Role => DiscretionPolicy.ForRole(Guid.CreateVersion7(), gesture,
                request.Role ?? throw new DomainException("role", "Say which role the policy is for."),
                request.Currency ?? "", perInteraction, rollingWeek, earned, now),
            PolicyHolderKind.Person => DiscretionPolicy.ForPerson(Guid.CreateVersion7(), gesture,
                await RequirePersonAsync(db, request.PersonId, ct), request.Currency ?? "", perInteraction, rollingWeek, earned, now),
            _ => throw new DomainException("holderKind", "Say whether the policy is for a Role or a Person."),
        };
        if (await db.Set<DiscretionPolicy>().AnyAsync(p => p.Gesture == policy.Gesture && p.HolderKey == policy.HolderKey, ct))
        {
            throw new ConflictException(policy.HolderKind == PolicyHolderKind.Role ? "role" : "personId",
                $"There is already a {DiscretionText.Gesture(gesture)} policy for this {policy.HolderKind.ToString().ToLowerInvariant()}: change that one.");
        }
        db.Set<DiscretionPolicy>().Add(policy);
        await db.RecordAsync(Actor.From(user), now, Subject(policy.Id), AuditEventType.DiscretionPolicySaved, null, Snapshot(policy), null, ct);
        await db.SaveChangesAsync(ct);
        return (await PolicyView.ViewsAsync(db, [policy], ct))[0];
    }

    public static async Task<PolicyView?> UpdateAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Guid id, Request request, CancellationToken ct)
    {
        RequireManager(user);
        var policy = await db.Set<DiscretionPolicy>().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (policy is null)
        {
            return null;
        }
        if ((request.Gesture is { } g && g != policy.Gesture) || (request.HolderKind is { } k && k != policy.HolderKind)
            || (request.Role is { } r && r != policy.HolderRole) || (request.PersonId is { } p && p != policy.HolderPersonId))
        {
            throw new DomainException("gesture", "A policy keeps its gesture and holder; add another policy for another one.");
        }
        var (perInteraction, rollingWeek, earned) = Limits(request);
        var before = Snapshot(policy);
        policy.Change(request.Currency ?? "", perInteraction, rollingWeek, earned, now);
        await db.RecordAsync(Actor.From(user), now, Subject(policy.Id), AuditEventType.DiscretionPolicySaved, before, Snapshot(policy), null, ct);
        await db.SaveChangesAsync(ct);
        return (await PolicyView.ViewsAsync(db, [policy], ct))[0];
    }

    /// <summary>The endpoints require Manager or Admin; this guards the same use cases when a page calls them.</summary>
    public static void RequireManager(ClaimsPrincipal user)
    {
        if (!user.HasRole(Role.Manager) && !user.HasRole(Role.Admin))
        {
            throw new NotPermittedException("actorId", "Only a manager or an admin sets discretion policies.");
        }
    }

    public static string Subject(Guid policyId) => AuditTrail.SubjectOf("discretion-policy", policyId);

    public static object Snapshot(DiscretionPolicy p) => new
    {
        Gesture = p.Gesture.ToString(), HolderKind = p.HolderKind.ToString(), HolderRole = p.HolderRole?.ToString(), p.HolderPersonId,
        p.Currency, p.PerInteractionLimit, p.RollingWeekLimit, p.EarnedMinTenureMonths, p.EarnedMinKeptRate, p.EarnedFactor,
    };

    private static (decimal PerInteraction, decimal RollingWeek, EarnedAutonomyRule? Earned) Limits(Request request)
    {
        var perInteraction = request.PerInteractionLimit ?? throw new DomainException("perInteractionLimit", "A limit per interaction is required (0 for none).");
        var rollingWeek = request.RollingWeekLimit ?? throw new DomainException("rollingWeekLimit", "A limit per 7 days is required (0 for none).");
        var earned = request.EarnedAutonomy is { } e ? EarnedAutonomyRule.Require(e.MinTenureMonths, e.MinKeptRate, e.Factor) : null;
        return (perInteraction, rollingWeek, earned);
    }

    private static async Task<Guid> RequirePersonAsync(BatonDb db, Guid? personId, CancellationToken ct)
    {
        if (personId is not { } id || !await db.People.AnyAsync(p => p.Id == id && p.Active, ct))
        {
            throw new DomainException("personId", "A personal policy is for an active person.");
        }
        return id;
    }
}
