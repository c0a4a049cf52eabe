using System.CommandLine;
using Baton.Core.Workflows;

namespace Baton.Cli.Commands;

/// <summary>
/// <c>baton workflow test FILE [--cases FILE.tests.yaml]</c>: runs the test cases (by default the sibling
/// <c>&lt;name&gt;.tests.yaml</c>) and prints PASS/FAIL per case with every difference; exit 1 on any failure.
/// </summary>
public static class WorkflowTestCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The workflow definition (YAML)." };
        var cases = new Option<string?>("--cases") { Description = "The test cases; defaults to <name>.tests.yaml beside the definition." };
        var command = new Command("test", "Run a workflow's test cases.") { file, cases };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(cases), stdout, stderr));
        return command;
    }

    public static string DefaultCasesPath(string file)
    {
        var folder = Path.GetDirectoryName(file) ?? "";
        var name = Path.GetFileName(file);
        foreach (var extension in new[] { ".yaml", ".yml" })
        {
            if (name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return Path.Combine(folder, name[..^extension.Length] + ".tests" + extension);
            }
        }
        return Path.Combine(folder, name + ".tests.yaml");
    }

    public static int Run(string file, string? casesFile, TextWriter stdout, TextWriter stderr)
    {
        casesFile ??= DefaultCasesPath(file);
        if (WorkflowCommand.ReadText(file, stderr) is not { } yaml || WorkflowCommand.ReadText(casesFile, stderr) is not { } casesYaml)
        {
            return WorkflowCommand.CannotRead;
        }
        var definition = WorkflowReader.Read(yaml, file);
        var cases = WorkflowTestCaseReader.Read(casesYaml, casesFile);
        if (!definition.IsValid || !cases.IsValid)
        {
            foreach (var line in definition.FormatProblems().Concat(cases.FormatProblems()))
            {
                stdout.WriteLine(line);
            }
            return WorkflowCommand.Problems;
        }
        if (cases.Cases.Count == 0)
        {
            stdout.WriteLine($"{casesFile}: no test cases.");
            return WorkflowCommand.Problems;
        }
        var results = WorkflowTestRunner.Run(definition.Definition!, cases.Cases);
        foreach (var result in results)
        {
            stdout.WriteLine($"{(result.Passed ? "PASS" : "FAIL")}  {result.Name}");
            foreach (var difference in result.Differences)
            {
                stdout.WriteLine($"      - {difference}");
            }
            if (!result.Passed)
            {
                stdout.WriteLine($"      actual path: {string.Join(" → ", result.ActualPath)}");
            }
        }
        var failed = results.Count(r => !r.Passed);
        stdout.WriteLine($"{results.Count - failed} passed, {failed} failed.");
        return failed == 0 ? WorkflowCommand.Ok : WorkflowCommand.Problems;
    }
}
