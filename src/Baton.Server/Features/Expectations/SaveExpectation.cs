using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Core.Organization;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Expectations;

/// <summary>
/// POST /api/v1/expectations (Manager or Admin): adds an expectation, or, given the key of an existing one,
/// its next version, which supersedes the current one. The old versions stay as history.
/// </summary>
public static class SaveExpectation
{
    /// <summary>
    /// The scorecard figure keys an expectation may target. Handle time is not among them: it is never judged alone, so
    /// an expectation about calls targets first-contact resolution or satisfaction instead.
    /// </summary>
    public static readonly IReadOnlyList<string> Metrics =
    [
        "keptRate", "onTimeRate", "attemptsPerCallback", "handoffAcceptance", "handoffWithinSla", "escalationResponse", "slaMet",
        "firstContactResolution", "longCallsResolved", "csat", "csatSatisfied",
    ];

    /// <summary>Figures that are rates, so their targets lie between 0 and 1. Hand-off acceptance and escalation response are minutes.</summary>
    public static readonly IReadOnlySet<string> Rates = new HashSet<string>(StringComparer.Ordinal)
    {
        "keptRate", "onTimeRate", "handoffWithinSla", "slaMet", "firstContactResolution", "longCallsResolved", "csatSatisfied",
    };

    public sealed record Request(
        Guid? Key, string? Metric, AppliesToKind? AppliesToKind, string? AppliesTo, decimal? Target, Comparison? Comparison,
        string? Description, Guid? OwnerId, string? ChangeReason);

    public static async Task<Created<ExpectationView>> Handle(
        Request request, ClaimsPrincipal user, BatonDb db, TimeProvider time, CancellationToken ct)
    {
        var view = await ExecuteAsync(db, user, Instants.FromTimeProvider(time), request, ct);
        return TypedResults.Created($"/api/v1/expectations/{view.Key}/history", view);
    }

    public static async Task<ExpectationView> ExecuteAsync(BatonDb db, ClaimsPrincipal user, DateTime now, Request request, CancellationToken ct)
    {
        var actor = Actor.From(user);
        var metric = request.Metric?.Trim() ?? "";
        if (metric == "handleTime")
        {
            throw new DomainException("metric",
                "Handle time cannot have a target of its own: it is always read beside resolution and the kept rate. Set the target on firstContactResolution or csat.");
        }
        if (!Metrics.Contains(metric, StringComparer.Ordinal))
        {
            throw new DomainException("metric", $"Unknown metric '{metric}'. Use one of: {string.Join(", ", Metrics)}.");
        }
        var kind = request.AppliesToKind ?? throw new DomainException("appliesToKind", "Say whether the expectation is for a role, a team or a department.");
        var appliesTo = await AppliesToAsync(db, kind, request.AppliesTo, ct);
        var target = request.Target ?? throw new DomainException("target", "A target is required.");
        if (Rates.Contains(metric) ? target is < 0m or > 1m : metric == "csat" ? target is < 1m or > 5m : target < 0m)
        {
            throw new DomainException("target", Rates.Contains(metric)
                ? "A rate target lies between 0 and 1 (0.9 means 90%)."
                : metric == "csat" ? "A satisfaction target lies between 1 and 5." : "The target cannot be negative.");
        }
        var comparison = request.Comparison ?? throw new DomainException("comparison", "Say whether the target is a minimum (AtLeast) or a maximum (AtMost).");
        var description = request.Description?.Trim() ?? "";
        if (description.Length is 0 or > 1000)
        {
            throw new DomainException("description", "Describe the expectation in plain language (up to 1000 characters).");
        }
        var reason = request.ChangeReason?.Trim() ?? "";
        if (reason.Length is 0 or > 1000)
        {
            throw new DomainException("changeReason", "Say why the expectation is added or changed (up to 1000 characters).");
        }
        if (request.OwnerId is not { } ownerId || !await db.People.AnyAsync(p => p.Id == ownerId && p.Active, ct))
        {
            throw new DomainException("ownerId", "The owner must be an active person.");
        }

        Expectation? previous = null;
        if (request.Key is { } key)
        {
            previous = await db.Expectations.Where(e => e.Key == key).OrderByDescending(e => e.Version).FirstOrDefaultAsync(ct)
                ?? throw new DomainException("key", "There is no expectation with this key.");
            previous.Supersede(now);
        }
        var expectation = new Expectation
        {
            Id = Guid.CreateVersion7(),
            Key = previous?.Key ?? Guid.CreateVersion7(),
            Version = (previous?.Version ?? 0) + 1,
            Metric = metric,
            AppliesToKind = kind,
            AppliesTo = appliesTo,
            Target = target,
            Comparison = comparison,
            Description = description,
            OwnerId = ownerId,
            ChangeReason = reason,
            CreatedAt = now,
            CreatedById = actor.PersonId ?? Guid.Empty,
        };
        db.Expectations.Add(expectation);
        await db.RecordAsync(actor, now, AuditTrail.SubjectOf("expectation", expectation.Id), AuditEventType.ExpectationChanged,
            previous is null ? null : Snapshot(previous), Snapshot(expectation), reason, ct);
        await db.SaveChangesAsync(ct);
        return (await ExpectationView.ViewsAsync(db, [expectation], ct))[0];
    }

    private static object Snapshot(Expectation e) => new
    {
        e.Key, e.Version, e.Metric, AppliesToKind = e.AppliesToKind.ToString(), e.AppliesTo, e.Target,
        Comparison = e.Comparison.ToString(), e.Description, e.OwnerId,
    };

    private static async Task<string> AppliesToAsync(BatonDb db, AppliesToKind kind, string? value, CancellationToken ct)
    {
        var text = value?.Trim() ?? "";
        switch (kind)
        {
            case AppliesToKind.Role:
                if (!Enum.TryParse<Role>(text, ignoreCase: true, out var role) || !Enum.IsDefined(role) || int.TryParse(text, out _))
                {
                    throw new DomainException("appliesTo", $"Unknown role '{text}'.");
                }
                return role.ToString();
            case AppliesToKind.Team:
                if (!Guid.TryParse(text, out var teamId) || !await db.Teams.AnyAsync(t => t.Id == teamId, ct))
                {
                    throw new DomainException("appliesTo", "There is no such team.");
                }
                return teamId.ToString();
            case AppliesToKind.Department:
                if (!Guid.TryParse(text, out var departmentId) || !await db.Departments.AnyAsync(d => d.Id == departmentId, ct))
                {
                    throw new DomainException("appliesTo", "There is no such department.");
                }
                return departmentId.ToString();
            default:
                throw new DomainException("appliesToKind", "Say whether the expectation is for a role, a team or a department.");
        }
    }
}
