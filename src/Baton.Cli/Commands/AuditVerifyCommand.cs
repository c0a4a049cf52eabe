using System.CommandLine;
using System.Data.Common;
using Baton.Core.Audit;
using Baton.Server.Features.Audit;

namespace Baton.Cli.Commands;

/// <summary>
/// baton audit verify: checks every subject's hash chain and the checkpoint chain, as GET /api/v1/audit/verify does.
/// Exit 0 when intact, 1 when broken (naming the first broken row), 2 when the database cannot be read.
/// </summary>
public static class AuditVerifyCommand
{
    public static Command Create(CliHost host)
    {
        var database = new CliDatabase();
        var command = new Command("verify", "Check the audit log's hash chains and checkpoints; prints OK or the first broken row.");
        database.AddTo(command);
        command.SetAction((parsed, ct) => RunAsync(host, database.Resolve(parsed), ct));
        return command;
    }

    public static async Task<int> RunAsync(CliHost host, CliDatabase.Target target, CancellationToken ct)
    {
        if (target.SqliteFile is { } file && !File.Exists(file))
        {
            await host.Error.WriteLineAsync($"error: the database file '{file}' does not exist.");
            return ExitCodes.Error;
        }
        AuditVerification result;
        try
        {
            await using var db = target.Open();
            result = await AuditCheckpoints.VerifyAsync(db, ct);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            await host.Error.WriteLineAsync($"error: cannot read the audit log from {target.Describe()}: {ex.Message}");
            return ExitCodes.Error;
        }
        if (result.Ok)
        {
            await host.Out.WriteLineAsync(
                $"OK: {result.EventsChecked} events, {result.CheckpointsChecked} checkpoints, {result.UnsealedEvents} not yet sealed");
            return ExitCodes.Ok;
        }
        await host.Out.WriteLineAsync($"BROKEN: {Describe(result.Problem)}");
        return ExitCodes.Failed;
    }

    private static string Describe(AuditProblem? problem)
    {
        if (problem is null)
        {
            return "verification failed without naming a row.";
        }
        var where = new List<string> { $"kind: {problem.Kind}" };
        if (problem.EventId is { } id)
        {
            where.Add($"event id: {id}");
        }
        if (problem.CheckpointNumber is { } number)
        {
            where.Add($"checkpoint: {number}");
        }
        if (problem.Subject is { } subject)
        {
            where.Add($"subject: {subject}");
        }
        return $"{problem.Message} ({string.Join(", ", where)})";
    }
}
