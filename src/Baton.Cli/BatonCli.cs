using System.CommandLine;
using Baton.Cli.Commands;

namespace Baton.Cli;

/// <summary>Exit codes shared by every command.</summary>
public static class ExitCodes
{
    /// <summary>Done; for verify: the audit log is intact.</summary>
    public const int Ok = 0;
    /// <summary>The command ran and the answer is no: the audit log is broken, the user already exists.</summary>
    public const int Failed = 1;
    /// <summary>The command could not run: bad arguments, missing database, unreachable server.</summary>
    public const int Error = 2;
}

/// <summary>What a command may touch outside its arguments; tests pass their own.</summary>
public sealed record CliHost(TextWriter Out, TextWriter Error, TextReader In, TimeProvider Time, Func<string, string?> Environment, bool InteractiveInput)
{
    public static CliHost Console(TextWriter stdout, TextWriter stderr) =>
        new(stdout, stderr, System.Console.In, TimeProvider.System, System.Environment.GetEnvironmentVariable, !System.Console.IsInputRedirected);
}

/// <summary>The baton command line: maintenance that needs the database but not the web host.</summary>
public static class BatonCli
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, CancellationToken ct = default) =>
        RunAsync(args, CliHost.Console(stdout, stderr), ct);

    public static async Task<int> RunAsync(string[] args, CliHost host, CancellationToken ct = default)
    {
        var root = Build(host);
        var parsed = root.Parse(args);
        var config = new InvocationConfiguration { Output = host.Out, Error = host.Error };
        var code = await parsed.InvokeAsync(config, ct);
        // Usage mistakes are "could not run", not "the answer is no".
        return parsed.Errors.Count > 0 ? ExitCodes.Error : code;
    }

    public static RootCommand Build(CliHost host)
    {
        var audit = new Command("audit", "The audit log: verify its hash chains and checkpoints.")
        {
            AuditVerifyCommand.Create(host),
        };
        var admin = new Command("admin", "Administrators: create the first one on a new installation.")
        {
            AdminCreateCommand.Create(host),
        };
        var scorecards = new Command("scorecards", "Scorecards: recount the daily tallies they are summed from.")
        {
            ScorecardsRecountCommand.Create(host),
        };
        return new RootCommand("Baton command line: lints, renders and tests workflows; checks the audit log; sets up administrators; recounts scorecards.")
        {
            WorkflowCommand.Build(host.Out, host.Error),
            audit,
            admin,
            scorecards,
        };
    }
}
