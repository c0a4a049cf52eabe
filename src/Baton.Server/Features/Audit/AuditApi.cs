using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Audit;

public static class AuditApi
{
    public sealed record AuditEventView(long Id, string Subject, long Sequence, string Type, int TypeNumber, Guid? ActorId, string ActorName,
        DateTime At, string? Before, string? After, string? Reason);

    public sealed record AuditPage(IReadOnlyList<AuditEventView> Items, int Total);

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/audit").WithTags("Audit");
        group.MapGet("/verify", Verify).RequireAuthorization(Policies.Leader)
            .WithName("VerifyAudit").WithSummary("Check every hash chain and checkpoint; reports OK or the first broken row");
        group.MapGet("/events", Search).RequireAuthorization(Policies.Leader)
            .WithName("SearchAudit").WithSummary("Audit events, newest first, filtered by actor, subject, type and time");
        return app;
    }

    private static async Task<Ok<AuditVerification>> Verify(BatonDb db, CancellationToken ct) =>
        TypedResults.Ok(await AuditCheckpoints.VerifyAsync(db, ct));

    private static async Task<Ok<AuditPage>> Search(BatonDb db, string? actor, string? subject, AuditEventType? type,
        DateTime? from, DateTime? to, int? skip, int? take, CancellationToken ct)
    {
        var query = AuditQuery.Filter(db.AuditEvents.AsNoTracking(), actor, subject, type, from, to);
        return TypedResults.Ok(await AuditQuery.PageAsync(query, skip ?? 0, take ?? 50, ct));
    }
}

/// <summary>The audit filters, shared by the API and the Audit page.</summary>
public static class AuditQuery
{
    public static IQueryable<AuditEvent> Filter(IQueryable<AuditEvent> events, string? actor, string? subject, AuditEventType? type, DateTime? from, DateTime? to)
    {
        if (!string.IsNullOrWhiteSpace(actor))
        {
            var a = actor.Trim().ToLowerInvariant();
            // Case-insensitive on both providers: translated to SQL lower(), never run in .NET.
#pragma warning disable CA1304, CA1311
            events = events.Where(e => e.ActorName.ToLower().Contains(a));
#pragma warning restore CA1304, CA1311
        }
        if (!string.IsNullOrWhiteSpace(subject))
        {
            var s = subject.Trim();
            events = events.Where(e => e.Subject.StartsWith(s));
        }
        if (type is not null)
        {
            events = events.Where(e => e.Type == type);
        }
        if (from is not null)
        {
            var f = Baton.Core.Instants.Normalize(from.Value);
            events = events.Where(e => e.At >= f);
        }
        if (to is not null)
        {
            var t = Baton.Core.Instants.Normalize(to.Value);
            events = events.Where(e => e.At < t);
        }
        return events;
    }

    /// <summary>One page of filtered events, newest first, with the total count; take is clamped to 1–500.</summary>
    public static async Task<AuditApi.AuditPage> PageAsync(IQueryable<AuditEvent> filtered, int skip, int take, CancellationToken ct = default)
    {
        var total = await filtered.CountAsync(ct);
        var items = await filtered.OrderByDescending(e => e.Id).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500))
            .Select(e => new AuditApi.AuditEventView(e.Id, e.Subject, e.Sequence, e.Type.ToString(), (int)e.Type, e.ActorId, e.ActorName, e.At, e.Before, e.After, e.Reason))
            .ToListAsync(ct);
        return new AuditApi.AuditPage(items, total);
    }
}
