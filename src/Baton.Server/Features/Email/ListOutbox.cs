using Baton.Server.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Email;

/// <summary>GET /api/v1/email/outbox?status=: messages newest first, with status, attempts and the last error (bodies left out).</summary>
public static class ListOutbox
{
    public sealed record OutboxEmailView(Guid Id, string To, string Subject, string? TemplateKey, OutboxEmailStatus Status, int Attempts,
        DateTime NextAttemptAt, DateTime? LastAttemptAt, string? LastError, DateTime CreatedAt, DateTime? SentAt)
    {
        public static OutboxEmailView Of(OutboxEmail e) => new(e.Id, e.To, e.Subject, e.TemplateKey, e.Status, e.Attempts, e.NextAttemptAt,
            e.LastAttemptAt, e.LastError, e.CreatedAt, e.SentAt);
    }

    public static async Task<Ok<List<OutboxEmailView>>> Handle(BatonDb db, OutboxEmailStatus? status, int? take, CancellationToken ct)
    {
        var query = db.OutboxEmails.AsNoTracking();
        if (status is { } s)
        {
            query = query.Where(e => e.Status == s);
        }
        var items = await query.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id).Take(Math.Clamp(take ?? 100, 1, 500))
            .ToListAsync(ct);
        return TypedResults.Ok(items.Select(OutboxEmailView.Of).ToList());
    }
}
