namespace Baton.Server.Features.Email;

public enum OutboxEmailStatus
{
    Pending = 1,
    Sent = 2,
    Failed = 3,
}

/// <summary>An email to send. It stays Pending, retried with back-off, until an SMTP server accepts it; only then is it Sent.</summary>
public sealed class OutboxEmail
{
    public Guid Id { get; init; }
    public required string To { get; init; }
    public required string Subject { get; init; }
    public required string Body { get; init; }
    public string? TemplateKey { get; init; }
    public OutboxEmailStatus Status { get; set; } = OutboxEmailStatus.Pending;
    public int Attempts { get; set; }
    /// <summary>When the sender may next try. While one sender holds the message this is pushed ahead by a lease.</summary>
    public DateTime NextAttemptAt { get; set; }
    public DateTime? LastAttemptAt { get; set; }
    public string? LastError { get; set; }
    public DateTime CreatedAt { get; init; }
    public DateTime? SentAt { get; set; }
}

/// <summary>What the later callers (workflow actions, notifications) hand to <see cref="EmailOutbox.Enqueue"/>.</summary>
public sealed record OutgoingEmail(string To, string Subject, string Body, string? TemplateKey = null);
