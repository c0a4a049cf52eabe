using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using Baton.Server.Features.Scorecards.Tallies;

namespace Baton.Cli.Commands;

/// <summary>
/// baton scorecards recount: rebuilds the daily tallies the scorecards sum from the facts, calls and surveys, in one
/// transaction (after restoring a backup or repairing rows by hand). Exit 0 with the rows written, 2 when the database
/// cannot be read.
/// </summary>
public static class ScorecardsRecountCommand
{
    public static Command Create(CliHost host)
    {
        var database = new CliDatabase();
        var command = new Command("recount", "Rebuild the daily tallies that scorecards sum, from the facts, calls and surveys.");
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
        var watch = Stopwatch.StartNew();
        try
        {
            await using var db = target.Open();
            var rows = await DailyTallyRebuild.RunAsync(db, ct);
            await host.Out.WriteLineAsync($"OK: {rows} daily tallies recounted in {watch.Elapsed.TotalSeconds:0.0} s");
            return ExitCodes.Ok;
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException or TimeoutException)
        {
            await host.Error.WriteLineAsync($"error: cannot recount the tallies in {target.Describe()}: {ex.Message}");
            return ExitCodes.Error;
        }
    }
}
