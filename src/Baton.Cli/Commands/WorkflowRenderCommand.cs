using System.CommandLine;
using Baton.Core.Workflows;

namespace Baton.Cli.Commands;

/// <summary><c>baton workflow render FILE [-o chart.svg] [--highlight NODE]</c>: draws the flowchart as SVG (to stdout without -o).</summary>
public static class WorkflowRenderCommand
{
    public static Command Build(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("file") { Description = "The workflow definition (YAML)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the SVG; standard output when omitted." };
        var highlight = new Option<string?>("--highlight") { Description = "Id of a node to highlight." };
        var command = new Command("render", "Draw a workflow definition as an SVG flowchart.") { file, output, highlight };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(output), parse.GetValue(highlight), stdout, stderr));
        return command;
    }

    public static int Run(string file, string? output, string? highlight, TextWriter stdout, TextWriter stderr)
    {
        if (WorkflowCommand.ReadText(file, stderr) is not { } yaml)
        {
            return WorkflowCommand.CannotRead;
        }
        var result = WorkflowReader.Read(yaml, file);
        if (!result.IsValid)
        {
            foreach (var line in result.FormatProblems())
            {
                stderr.WriteLine(line);
            }
            return WorkflowCommand.Problems;
        }
        var svg = FlowchartRenderer.Render(result.Definition!, new FlowchartOptions { HighlightNodeId = highlight });
        if (output is null)
        {
            stdout.WriteLine(svg);
            return WorkflowCommand.Ok;
        }
        try
        {
            File.WriteAllText(output, svg);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{output}: cannot write the file: {ex.Message}");
            return WorkflowCommand.CannotRead;
        }
        stderr.WriteLine($"Wrote {output} ({result.Definition!.Nodes.Count} nodes).");
        return WorkflowCommand.Ok;
    }
}
