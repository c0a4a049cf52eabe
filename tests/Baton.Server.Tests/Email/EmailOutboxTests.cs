using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Baton.Core;
using Baton.Core.Audit;
using Baton.Server.Data;
using Baton.Server.Features.Email;
using Baton.Server.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Baton.Server.Tests.Email;

/// <summary>The outbox against a real SMTP server (aiosmtpd in a child process), on each database.</summary>
public abstract class EmailOutboxTests(BatonApp app)
{
    /// <summary>The same app and database, with SMTP pointed at the given port.</summary>
    private WebApplicationFactory<Baton.Server.Components.App> WithSmtp(int port)
    {
        app.RequireDatabase();
        var host = app.WithWebHostBuilder(b =>
        {
            b.UseSetting("Email:Smtp:Host", "127.0.0.1");
            b.UseSetting("Email:Smtp:Port", port.ToString(CultureInfo.InvariantCulture));
            b.UseSetting("Email:Smtp:Security", "None");
            b.UseSetting("Email:Smtp:TimeoutSeconds", "10");
            b.UseSetting("Email:From", "baton@test.example");
        });
        _ = host.Server;
        return host;
    }

    private static async Task<OutboxEmail> EnqueueAsync(WebApplicationFactory<Baton.Server.Components.App> host, DateTime now, string to, string subject)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BatonDb>();
        var email = await EmailOutbox.Enqueue(db, new OutgoingEmail(to, subject, $"Hello,\nyour order is confirmed ({subject}).", "post-purchase"), now);
        await db.SaveChangesAsync();
        return email;
    }

    private async Task<OutboxEmail> WaitForAsync(Guid id, Func<OutboxEmail, bool> condition, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var email = await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == id));
            if (condition(email))
            {
                return email;
            }
            Assert.True(DateTime.UtcNow < until, $"Timed out; the email is {email.Status} after {email.Attempts} attempt(s): {email.LastError}");
            await Task.Delay(100);
        }
    }

    [SkippableFact]
    public async Task A_queued_email_reaches_the_smtp_server_and_is_marked_sent()
    {
        SmtpSink.Require();
        var port = SmtpSink.FreePort();
        await using var sink = await SmtpSink.StartAsync(port);
        await using var host = WithSmtp(port);
        var now = Instants.FromTimeProvider(app.Time);

        var queued = await EnqueueAsync(host, now, "Katherine Johnson <katherine@customer.example>", "Thank you for your order of aero-2");

        var sent = await WaitForAsync(queued.Id, e => e.Status == OutboxEmailStatus.Sent);
        Assert.Equal(1, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Equal(now, sent.SentAt);
        // Other tests of this class share the database and may have queued mail too: pick ours by its Message-Id.
        var message = Assert.Single(await sink.WaitForMessagesAsync(1), m => m.Contains($"{queued.Id:N}@baton", StringComparison.Ordinal));
        Assert.Contains("X-RcptTo: katherine@customer.example", message);
        Assert.Contains("Subject: Thank you for your order of aero-2", message);
        Assert.Contains("X-Baton-Template: post-purchase", message);
        Assert.Contains("your order is confirmed", message);
        Assert.Contains($"Message-Id: <{queued.Id:N}@baton>", message, StringComparison.OrdinalIgnoreCase);

        var types = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == EmailOutbox.SubjectOf(queued.Id)).OrderBy(e => e.Sequence)
            .Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.EmailQueued, AuditEventType.EmailSent], types);
    }

    [SkippableFact]
    public async Task An_unreachable_server_leaves_the_email_pending_and_it_is_retried_later()
    {
        SmtpSink.Require();
        var port = SmtpSink.FreePort(); // nothing listens here yet
        await using var host = WithSmtp(port);
        var now = Instants.FromTimeProvider(app.Time);

        var queued = await EnqueueAsync(host, now, "grace@customer.example", "Your return label");

        var failed = await WaitForAsync(queued.Id, e => e.Attempts == 1);
        Assert.Equal(OutboxEmailStatus.Pending, failed.Status);
        Assert.False(string.IsNullOrEmpty(failed.LastError));
        Assert.Equal(now, failed.LastAttemptAt);
        Assert.Equal(now + EmailOutbox.DelayAfter(1), failed.NextAttemptAt);
        Assert.Equal(TimeSpan.FromSeconds(30), EmailOutbox.DelayAfter(1));

        // Visible to leaders with its error.
        var lead = await app.SignInAsync("teamlead");
        var listed = await lead.GetFromJsonAsync<JsonElement>("/api/v1/email/outbox?status=Pending");
        var row = listed.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == queued.Id);
        Assert.Equal(1, row.GetProperty("attempts").GetInt32());
        Assert.False(string.IsNullOrEmpty(row.GetProperty("lastError").GetString()));

        // The server comes up; nothing is sent before the back-off has passed, then the retry delivers it.
        await using var sink = await SmtpSink.StartAsync(port);
        app.Time.Advance(TimeSpan.FromSeconds(10));
        // Ask the sender directly: with the back-off not yet over there is nothing due, so nothing may be sent.
        await app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<EmailOutboxSender>().Single().SendDueAsync(CancellationToken.None);
        Assert.Equal(1, (await app.WithDbAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.Id == queued.Id))).Attempts);
        app.Time.Advance(TimeSpan.FromSeconds(21));

        var sent = await WaitForAsync(queued.Id, e => e.Status == OutboxEmailStatus.Sent);
        Assert.Equal(2, sent.Attempts);
        Assert.Null(sent.LastError);
        Assert.Single(await sink.WaitForMessagesAsync(1), m => m.Contains($"{queued.Id:N}@baton", StringComparison.Ordinal));
        var types = await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == EmailOutbox.SubjectOf(queued.Id)).OrderBy(e => e.Sequence)
            .Select(e => e.Type).ToListAsync());
        Assert.Equal([AuditEventType.EmailQueued, AuditEventType.EmailAttemptFailed, AuditEventType.EmailSent], types);
    }

    [SkippableFact]
    public async Task Leaders_retry_a_failed_email_and_a_sent_one_is_never_resent()
    {
        app.RequireDatabase();
        var now = Instants.FromTimeProvider(app.Time);
        var (failedId, sentId) = await app.WithDbAsync(async db =>
        {
            var failed = await EmailOutbox.Enqueue(db, new OutgoingEmail("ada@customer.example", "Failed one", "…"), now);
            failed.Status = OutboxEmailStatus.Failed;
            failed.Attempts = EmailOutbox.MaxAttempts;
            failed.LastError = "SmtpCommandException: mailbox unavailable";
            var sent = await EmailOutbox.Enqueue(db, new OutgoingEmail("alan@customer.example", "Sent one", "…"), now);
            sent.Status = OutboxEmailStatus.Sent;
            sent.Attempts = 1;
            sent.SentAt = now;
            await db.SaveChangesAsync();
            return (failed.Id, sent.Id);
        });

        var agent = await app.SignInAsync("agent");
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.GetAsync("/api/v1/email/outbox")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await agent.PostAsync($"/api/v1/email/outbox/{failedId}/retry", null)).StatusCode);

        var admin = await app.SignInAsync("admin");
        var listed = await admin.GetFromJsonAsync<JsonElement>("/api/v1/email/outbox?status=Failed");
        Assert.Contains(listed.EnumerateArray(), e => e.GetProperty("id").GetGuid() == failedId
                                                      && e.GetProperty("lastError").GetString()!.Contains("mailbox unavailable", StringComparison.Ordinal));

        var retried = await admin.PostAsync($"/api/v1/email/outbox/{failedId}/retry", null);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var view = await retried.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Pending", view.GetProperty("status").GetString());
        Assert.Equal(0, view.GetProperty("attempts").GetInt32());

        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsync($"/api/v1/email/outbox/{sentId}/retry", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsync($"/api/v1/email/outbox/{Guid.NewGuid()}/retry", null)).StatusCode);
        Assert.Contains(AuditEventType.EmailRetryRequested,
            await app.WithDbAsync(db => db.AuditEvents.Where(e => e.Subject == EmailOutbox.SubjectOf(failedId)).Select(e => e.Type).ToListAsync()));
    }

    [SkippableFact]
    public async Task Enqueue_refuses_what_is_not_an_email_address()
    {
        app.RequireDatabase();
        var error = await app.WithDbAsync(async db =>
            await Assert.ThrowsAsync<DomainException>(() => EmailOutbox.Enqueue(db, new OutgoingEmail("not an address", "Hi", "…"), DateTime.UtcNow)));
        Assert.Equal("to", error.Field);
    }
}

public sealed class EmailOutboxTestsOnSqlite(SqliteApp app) : EmailOutboxTests(app), IClassFixture<SqliteApp>;

public sealed class EmailOutboxTestsOnPostgres(PostgresApp app) : EmailOutboxTests(app), IClassFixture<PostgresApp>;
