using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Baton.Server.Tests.Infrastructure;

/// <summary>
/// A real SMTP server for tests: Debian's aiosmtpd (package python3-aiosmtpd) run as a child process on a free port,
/// storing what it receives in a Maildir. Missing package: the test is skipped, or fails under CI=true.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly Process _process;

    private readonly string _folder;

    private SmtpSink(Process process, int port, string folder)
    {
        _process = process;
        _folder = folder;
        Port = port;
        Maildir = Path.Combine(folder, "Maildir");
    }

    public int Port { get; }

    public string Maildir { get; }

    /// <summary>Skips (or, under CI, fails) when aiosmtpd is not installed.</summary>
    public static void Require()
    {
        var why = Unavailable();
        if (why is null)
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"A local SMTP server is required under CI: {why} Install it with: apt-get install -y python3-aiosmtpd");
        }
        Skip.If(true, why);
    }

    private static string? Unavailable()
    {
        if (!File.Exists(Python))
        {
            return $"{Python} is missing (apt-get install -y python3-aiosmtpd).";
        }
        using var check = Process.Start(new ProcessStartInfo(Python, ["-c", "import aiosmtpd"])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        check.WaitForExit(20_000);
        return check.HasExited && check.ExitCode == 0 ? null : "Python module aiosmtpd is missing (apt-get install -y python3-aiosmtpd).";
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the server on the port and returns once it accepts connections.</summary>
    public static async Task<SmtpSink> StartAsync(int port)
    {
        // aiosmtpd creates the Maildir (new/, cur/, tmp/) only when the folder does not exist yet.
        var folder = Directory.CreateTempSubdirectory("baton-smtp-").FullName;
        var maildir = Path.Combine(folder, "Maildir");
        var process = Process.Start(new ProcessStartInfo(Python,
            ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", maildir])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        })!;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var sink = new SmtpSink(process, port, folder);
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            if (process.HasExited)
            {
                await sink.DisposeAsync();
                throw new InvalidOperationException($"aiosmtpd exited with {process.ExitCode} before accepting connections on port {port}.");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return sink;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        await sink.DisposeAsync();
        throw new TimeoutException($"aiosmtpd did not accept connections on port {port} within 20 s.");
    }

    /// <summary>The messages that arrived (raw RFC 5322 text), waiting up to the timeout for at least <paramref name="count"/>.</summary>
    public async Task<IReadOnlyList<string>> WaitForMessagesAsync(int count, TimeSpan? timeout = null)
    {
        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var folder = Path.Combine(Maildir, "new");
            var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
            if (files.Length >= count || DateTime.UtcNow >= until)
            {
                return files.Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
            }
            await Task.Delay(100);
        }
    }

    public ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // already gone
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
        return ValueTask.CompletedTask;
    }
}
