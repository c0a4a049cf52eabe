using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Audit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;

namespace Baton.Server.Features.Email;

/// <summary>
/// Delivers the outbox. Each round claims due Pending messages one at a time (a conditional update that pushes the next
/// attempt ahead by a lease, so several server nodes never send the same message at once), sends it, and records the
/// outcome with its audit event: Sent only once the server accepted it; otherwise Pending again with back-off, or Failed
/// after <see cref="EmailOutbox.MaxAttempts"/> attempts or a permanent refusal. Sleeps until the next due message, the next
/// poll, or a wake-up from <see cref="EmailOutboxSignal"/>.
/// </summary>
public sealed partial class EmailOutboxSender(IServiceScopeFactory scopes, IEmailTransport transport, EmailOptions options, EmailOutboxSignal signal,
    TimeProvider time, ILogger<EmailOutboxSender> logger) : BackgroundService
{
    /// <summary>How long a claimed message stays hidden from other senders while this one works on it.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);

    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!transport.IsConfigured)
        {
            LogNotConfigured(logger);
            return;
        }
        LogSending(logger, options.ToString());
        while (!stoppingToken.IsCancellationRequested)
        {
            var wake = signal.Next;
            TimeSpan delay;
            try
            {
                var next = await SendDueAsync(stoppingToken);
                var now = Instants.FromTimeProvider(time);
                delay = next is { } due && due - now < options.PollInterval ? due - now : options.PollInterval;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException or TimeoutException)
            {
                LogRoundFailed(logger, ex);
                delay = options.PollInterval;
            }
            if (delay > TimeSpan.Zero)
            {
                using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                var timer = Task.Delay(delay, time, sleep.Token);
                await Task.WhenAny(wake, timer);
                await sleep.CancelAsync();
            }
        }
    }

    /// <summary>Sends every message due now; returns when the next Pending message falls due, if any.</summary>
    public async Task<DateTime?> SendDueAsync(CancellationToken ct)
    {
        while (true)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
            var now = Instants.FromTimeProvider(time);
            var due = await db.OutboxEmails.AsNoTracking()
                .Where(e => e.Status == OutboxEmailStatus.Pending && e.NextAttemptAt <= now)
                .OrderBy(e => e.NextAttemptAt).Select(e => e.Id).Take(BatchSize).ToListAsync(ct);
            foreach (var id in due)
            {
                await SendOneAsync(db, id, ct);
            }
            if (due.Count < BatchSize)
            {
                return await db.OutboxEmails.AsNoTracking().Where(e => e.Status == OutboxEmailStatus.Pending)
                    .MinAsync(e => (DateTime?)e.NextAttemptAt, ct);
            }
        }
    }

    private async Task SendOneAsync(BatonDb db, Guid id, CancellationToken ct)
    {
        var now = Instants.FromTimeProvider(time);
        var leaseUntil = now + Lease;
        var claimed = await db.OutboxEmails
            .Where(e => e.Id == id && e.Status == OutboxEmailStatus.Pending && e.NextAttemptAt <= now)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.NextAttemptAt, leaseUntil), ct);
        if (claimed != 1)
        {
            return; // another sender took it
        }
        var email = await db.OutboxEmails.FirstAsync(e => e.Id == id, ct);
        string? error = null;
        var permanent = false;
        try
        {
            await transport.SendAsync(email, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            error = $"{ex.GetType().Name}: {ex.Message}";
            permanent = IsPermanent(ex);
        }
        var at = Instants.FromTimeProvider(time);
        var before = new { email.Status, email.Attempts };
        email.Attempts++;
        email.LastAttemptAt = at;
        var subject = EmailOutbox.SubjectOf(email.Id);
        if (error is null)
        {
            email.Status = OutboxEmailStatus.Sent;
            email.SentAt = at;
            email.LastError = null;
            await db.RecordAsync(Actor.System, at, subject, AuditEventType.EmailSent, before, new { email.Status, email.Attempts, email.SentAt }, null, ct);
            LogSent(logger, email.Id, email.Attempts);
        }
        else
        {
            email.LastError = EmailOutbox.Truncate(error, EmailOutbox.MaxErrorLength);
            if (permanent || email.Attempts >= EmailOutbox.MaxAttempts)
            {
                email.Status = OutboxEmailStatus.Failed;
                await db.RecordAsync(Actor.System, at, subject, AuditEventType.EmailFailed, before,
                    new { email.Status, email.Attempts, email.LastError }, permanent ? "refused by the server" : "too many failed attempts", ct);
            }
            else
            {
                email.NextAttemptAt = at + EmailOutbox.DelayAfter(email.Attempts);
                await db.RecordAsync(Actor.System, at, subject, AuditEventType.EmailAttemptFailed, before,
                    new { email.Status, email.Attempts, email.NextAttemptAt, email.LastError }, null, ct);
            }
            LogFailed(logger, email.Id, email.Attempts, email.Status, email.LastError);
        }
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The server refused this message for good (bad recipient or content): retrying cannot help.</summary>
    private static bool IsPermanent(Exception ex) => ex switch
    {
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } smtp => (int)smtp.StatusCode >= 500,
        MimeKit.ParseException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email:Smtp:Host is not configured: outgoing email waits in the outbox.")]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sending outbox email through {Server}.")]
    private static partial void LogSending(ILogger logger, string server);

    [LoggerMessage(Level = LogLevel.Information, Message = "Email {Id} sent after {Attempts} attempt(s).")]
    private static partial void LogSent(ILogger logger, Guid id, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Email {Id} attempt {Attempts} failed; now {Status}: {Error}")]
    private static partial void LogFailed(ILogger logger, Guid id, int attempts, OutboxEmailStatus status, string? error);

    [LoggerMessage(Level = LogLevel.Error, Message = "An outbox round failed; trying again at the next poll.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
