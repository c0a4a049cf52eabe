using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using MimeKit;

namespace Baton.Server.Features.Email;

/// <summary>
/// The outbox: emails are rows written in the caller's transaction, so an email exists exactly when the change that
/// caused it committed. <see cref="EmailOutboxSender"/> delivers them.
/// </summary>
public static class EmailOutbox
{
    public const int MaxAddressLength = 320;
    public const int MaxSubjectLength = 1000;
    public const int MaxBodyLength = 100_000;
    public const int MaxErrorLength = 2000;

    /// <summary>After this many failed attempts a message is Failed; an operator can still retry it.</summary>
    public const int MaxAttempts = 10;

    private static readonly TimeSpan[] Backoff =
    [
        TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(30), TimeSpan.FromHours(1),
        TimeSpan.FromHours(2),
    ];

    /// <summary>How long to wait after the given number of failed attempts: 30 s, 2 min, 10 min, 30 min, 1 h, then every 2 h.</summary>
    public static TimeSpan DelayAfter(int failedAttempts) => Backoff[Math.Clamp(failedAttempts, 1, Backoff.Length) - 1];

    public static string SubjectOf(Guid id) => AuditTrail.SubjectOf("email", id);

    /// <summary>
    /// Adds the message to the caller's unit of work (with its audit event); it is sent once the caller's
    /// SaveChanges commits. The address must be a single valid mailbox.
    /// </summary>
    public static async Task<OutboxEmail> Enqueue(BatonDb db, OutgoingEmail message, DateTime now, Actor? actor = null, CancellationToken ct = default)
    {
        var to = message.To?.Trim() ?? "";
        if (to.Length is 0 or > MaxAddressLength || !MailboxAddress.TryParse(to, out var mailbox) || string.IsNullOrEmpty(mailbox.Address)
            || !mailbox.Address.Contains('@', StringComparison.Ordinal))
        {
            throw new DomainException("to", $"'{to}' is not an email address.");
        }
        if (string.IsNullOrWhiteSpace(message.Subject) || message.Subject.Length > MaxSubjectLength)
        {
            throw new DomainException("subject", $"An email needs a subject of 1 to {MaxSubjectLength} characters.");
        }
        if (message.Body is null || message.Body.Length > MaxBodyLength)
        {
            throw new DomainException("body", $"An email body holds at most {MaxBodyLength} characters.");
        }
        now = Instants.Normalize(now);
        var email = new OutboxEmail
        {
            Id = Guid.CreateVersion7(),
            To = to,
            Subject = message.Subject,
            Body = message.Body,
            TemplateKey = message.TemplateKey,
            Status = OutboxEmailStatus.Pending,
            NextAttemptAt = now,
            CreatedAt = now,
        };
        db.OutboxEmails.Add(email);
        await db.RecordAsync(actor ?? Actor.System, now, SubjectOf(email.Id), AuditEventType.EmailQueued, null,
            new { email.To, email.Subject, email.TemplateKey }, null, ct);
        return email;
    }

    internal static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
