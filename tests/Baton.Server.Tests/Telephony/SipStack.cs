using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Baton.Server.Tests.Telephony;

/// <summary>
/// Kamailio and sipp from Debian (packages kamailio, kamailio-utils-modules, kamailio-tls-modules, sip-tester) run as
/// child processes on loopback, from a copy of the shared telephony testbed. Every process is stopped by its own id.
/// Missing tools: the test is skipped, or fails under CI=true.
/// </summary>
public sealed class SipStack : IAsyncDisposable
{
    /// <summary>
    /// The testbed: BATON_TELEPHONY_TESTBED, else shared/telephony-testbed beside the repository (or any folder above
    /// the tests), else /work/shared/telephony-testbed.
    /// </summary>
    public static readonly string Testbed = FindTestbed();

    private readonly List<Process> _processes = [];

    private SipStack(string folder) => Folder = folder;

    public string Folder { get; }

    public static void Require()
    {
        var why = Unavailable();
        if (why is null)
        {
            return;
        }
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"The SIP stack is required under CI: {why} " +
                "Install it with: apt-get install -y --no-install-recommends sip-tester kamailio kamailio-utils-modules kamailio-tls-modules");
        }
        Skip.If(true, why);
    }

    private static string? Unavailable()
    {
        if (!Directory.Exists(Testbed))
        {
            return $"The telephony testbed is missing at {Testbed}.";
        }
        foreach (var tool in new[] { "kamailio", "sipp" })
        {
            if (Which(tool) is null)
            {
                return $"'{tool}' is not installed.";
            }
        }
        return ModulesFolder() is { } modules && File.Exists(Path.Combine(modules, "crypto.so")) && File.Exists(Path.Combine(modules, "http_client.so"))
            ? null
            : "Kamailio's crypto and http_client modules are not installed (kamailio-tls-modules, kamailio-utils-modules).";
    }

    private static string FindTestbed()
    {
        if (Environment.GetEnvironmentVariable("BATON_TELEPHONY_TESTBED") is { Length: > 0 } given)
        {
            return given;
        }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "telephony-testbed");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }
        return "/work/shared/telephony-testbed";
    }

    /// <summary>Kamailio's module folder on this machine (the testbed names the x86-64 one).</summary>
    public static string? ModulesFolder() =>
        Directory.Exists("/usr/lib") ? Directory.GetDirectories("/usr/lib", "modules", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 3 })
            .FirstOrDefault(d => d.EndsWith("/kamailio/modules", StringComparison.Ordinal)) : null;

    private static string? Which(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/usr/sbin").Split(':')
            .Select(dir => Path.Combine(dir, tool)).FirstOrDefault(File.Exists);

    /// <summary>A copy of the testbed in a fresh temporary folder.</summary>
    public static SipStack Copy()
    {
        var folder = Directory.CreateTempSubdirectory("baton-sip-").FullName;
        foreach (var file in Directory.GetFiles(Testbed))
        {
            var target = Path.Combine(folder, Path.GetFileName(file));
            File.Copy(file, target);
            if (!OperatingSystem.IsWindows())
            {
                // The testbed is read-only; the copy's configuration is rewritten for this run.
                File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
        return new SipStack(folder);
    }

    /// <summary>A UDP port nobody uses right now on loopback.</summary>
    public static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }

    public Process Start(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var log = Path.Combine(Folder, $"{tool}-{process.Id}.log");
        var writer = TextWriter.Synchronized(new StreamWriter(log) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => writer.WriteLine(e.Data);
        process.ErrorDataReceived += (_, e) => writer.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        return process;
    }

    /// <summary>Everything the processes printed, for a failure message.</summary>
    public string Logs() => string.Join("\n", Directory.GetFiles(Folder, "*.log").Select(f =>
    {
        using var stream = new FileStream(f, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var text = new StreamReader(stream).ReadToEnd();
        return $"--- {Path.GetFileName(f)}\n{(text.Length > 4000 ? text[^4000..] : text)}";
    }));

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes)
        {
            try
            {
                if (!process.HasExited)
                {
                    process.Kill(entireProcessTree: true);
                    await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
                }
            }
            catch (Exception ex) when (ex is InvalidOperationException or OperationCanceledException or System.ComponentModel.Win32Exception)
            {
                // already gone, or would not die in time: nothing more to do from here
            }
            process.Dispose();
        }
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
