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
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(e => e.Id).Skip(Math.Max(0, skip ?? 0)).Take(Math.Clamp(take ?? 50, 1, 500))
            .Select(e => new AuditEventView(e.Id, e.Subject, e.Sequence, e.Type.ToString(), (int)e.Type, e.ActorId, e.ActorName, e.At, e.Before, e.After, e.Reason))
            .ToListAsync(ct);
        return TypedResults.Ok(new AuditPage(items, total));
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
            events = events.Where(e => e.ActorName.Contains(a));
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
}
