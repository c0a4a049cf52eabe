using MailKit.Security;

namespace Baton.Server.Features.Email;

/// <summary>
/// SMTP settings: <c>Email:Smtp:Host</c>, <c>Email:Smtp:Port</c> (25), <c>Email:Smtp:Security</c> (Auto, None, StartTls,
/// SslOnConnect), optional <c>Email:Smtp:User</c> / <c>Email:Smtp:Password</c>, <c>Email:From</c>, <c>Email:FromName</c>.
/// Without a host nothing is sent and messages wait in the outbox. The password is never logged or printed.
/// </summary>
public sealed class EmailOptions
{
    public string? Host { get; init; }
    public int Port { get; init; } = 25;
    public SecureSocketOptions Security { get; init; } = SecureSocketOptions.Auto;
    public string? User { get; init; }
    public string? Password { get; init; }
    public string From { get; init; } = "baton@localhost";
    public string FromName { get; init; } = "Baton";
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the sender looks for due messages when nothing wakes it.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(30);

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);

    public static EmailOptions Read(IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Email:Smtp");
        return new EmailOptions
        {
            Host = smtp["Host"],
            Port = smtp.GetValue("Port", 25),
            Security = Enum.TryParse<SecureSocketOptions>(smtp["Security"], ignoreCase: true, out var security) ? security : SecureSocketOptions.Auto,
            User = smtp["User"] is { Length: > 0 } user ? user : null,
            Password = smtp["Password"] is { Length: > 0 } password ? password : null,
            From = configuration["Email:From"] is { Length: > 0 } from ? from : "baton@localhost",
            FromName = configuration["Email:FromName"] is { Length: > 0 } name ? name : "Baton",
            Timeout = TimeSpan.FromSeconds(smtp.GetValue("TimeoutSeconds", 30)),
            PollInterval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Email:PollSeconds", 30))),
        };
    }

    /// <summary>For logs: everything but the password.</summary>
    public override string ToString() =>
        $"smtp://{(User is null ? "" : User + "@")}{Host}:{Port} ({Security}), from {From}";
}
