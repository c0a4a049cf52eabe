using MailKit.Net.Smtp;
using MimeKit;

namespace Baton.Server.Features.Email;

/// <summary>Hands one message to an SMTP server.</summary>
public interface IEmailTransport
{
    bool IsConfigured { get; }

    /// <summary>Returns once the server accepted the message; throws otherwise.</summary>
    Task SendAsync(OutboxEmail email, CancellationToken ct);
}

/// <summary>MailKit over the configured SMTP server. A new connection per batch keeps it simple and robust.</summary>
public sealed class SmtpEmailTransport(EmailOptions options) : IEmailTransport
{
    public bool IsConfigured => options.IsConfigured;

    public async Task SendAsync(OutboxEmail email, CancellationToken ct)
    {
        var message = new MimeMessage
        {
            MessageId = $"{email.Id:N}@baton",
            Subject = email.Subject,
            Body = new TextPart("plain") { Text = email.Body },
        };
        message.From.Add(new MailboxAddress(options.FromName, options.From));
        message.To.Add(MailboxAddress.Parse(email.To));
        if (email.TemplateKey is not null)
        {
            message.Headers.Add("X-Baton-Template", email.TemplateKey);
        }
        using var client = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        await client.ConnectAsync(options.Host ?? throw new InvalidOperationException("Email:Smtp:Host is not configured."), options.Port, options.Security, ct);
        if (options.User is not null)
        {
            await client.AuthenticateAsync(options.User, options.Password ?? "", ct);
        }
        await client.SendAsync(message, ct);
        try
        {
            await client.DisconnectAsync(quit: true, ct);
        }
        catch (Exception ex) when (ex is IOException or MailKit.ProtocolException or SmtpCommandException)
        {
            // The server already accepted the message; a failed goodbye must not cause a second copy.
        }
    }
}
