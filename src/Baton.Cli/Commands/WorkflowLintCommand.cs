using System.CommandLine;
using Baton.Core.Workflows;

namespace Baton.Cli.Commands;

/// <summary><c>baton workflow lint FILE…</c>: prints <c>file:line:column: message</c> per problem; exit 0 only when every file is valid.</summary>
public static class WorkflowLintCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("files") { Description = "Workflow definition files (YAML).", Arity = ArgumentArity.OneOrMore };
        var command = new Command("lint", "Validate workflow definitions and report every problem with its line and column.") { files };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], stdout, stderr));
        return command;
    }

    public static int Run(IReadOnlyList<string> files, TextWriter stdout, TextWriter stderr)
    {
        var exit = WorkflowCommand.Ok;
        var valid = 0;
        foreach (var file in files)
        {
            if (WorkflowCommand.ReadText(file, stderr) is not { } yaml)
            {
                exit = WorkflowCommand.CannotRead;
                continue;
            }
            var result = WorkflowReader.Read(yaml, file);
            foreach (var line in result.FormatProblems())
            {
                stdout.WriteLine(line);
            }
            if (result.IsValid)
            {
                valid++;
            }
            else if (exit == WorkflowCommand.Ok)
            {
                exit = WorkflowCommand.Problems;
            }
        }
        stderr.WriteLine($"{valid} of {files.Count} file(s) valid.");
        return exit;
    }
}
