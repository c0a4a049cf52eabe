using System.CommandLine;

namespace Baton.Cli.Commands;

/// <summary>
/// <c>baton workflow lint|render|test</c>: the same reader, renderer and test runner the server uses, on files.
/// Exit codes: 0 success, 1 the files have problems or tests fail, 2 a file cannot be read or written.
/// </summary>
public static class WorkflowCommand
{
    public const int Ok = 0;
    public const int Problems = 1;
    public const int CannotRead = 2;

    public static Command Build(TextWriter stdout, TextWriter stderr) => new("workflow", "Check, draw and test workflow definitions (YAML).")
    {
        WorkflowLintCommand.Build(stdout, stderr),
        WorkflowRenderCommand.Build(stdout, stderr),
        WorkflowTestCommand.Build(stdout, stderr),
    };

    /// <summary>Runs <c>baton workflow …</c> in-process with the given writers; <paramref name="args"/> starts after <c>baton</c>.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Baton command line.") { Build(stdout, stderr) };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }

    /// <summary>Reads a text file, or reports why it cannot and returns null.</summary>
    internal static string? ReadText(string path, TextWriter stderr)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{path}: cannot read the file: {ex.Message}");
            return null;
        }
    }
}
