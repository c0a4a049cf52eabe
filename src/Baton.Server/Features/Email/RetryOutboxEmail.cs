using System.Security.Claims;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Email;

/// <summary>POST /api/v1/email/outbox/{id}/retry: a Failed or Pending message is tried again now. A Sent message is never resent.</summary>
public static class RetryOutboxEmail
{
    public static async Task<Results<Ok<ListOutbox.OutboxEmailView>, NotFound>> Handle(Guid id, ClaimsPrincipal user, BatonDb db, TimeProvider time,
        CancellationToken ct)
    {
        var email = await db.OutboxEmails.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (email is null)
        {
            return TypedResults.NotFound();
        }
        if (email.Status == OutboxEmailStatus.Sent)
        {
            throw new ConflictException("status", $"This email was sent at {Instants.Format(email.SentAt!.Value)}; it is not sent twice.");
        }
        var now = Instants.FromTimeProvider(time);
        var before = new { email.Status, email.Attempts, email.NextAttemptAt };
        email.Status = OutboxEmailStatus.Pending;
        email.NextAttemptAt = now;
        // A failed message starts a fresh series of attempts, so it is not failed again after a single try.
        if (email.Attempts >= EmailOutbox.MaxAttempts)
        {
            email.Attempts = 0;
        }
        await db.RecordAsync(Actor.From(user), now, EmailOutbox.SubjectOf(email.Id), AuditEventType.EmailRetryRequested, before,
            new { email.Status, email.Attempts, email.NextAttemptAt }, null, ct);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(ListOutbox.OutboxEmailView.Of(email));
    }
}
