using System.CommandLine;
using Baton.Cli.Commands;

var root = new RootCommand("Baton command line.")
{
    WorkflowCommand.Build(Console.Out, Console.Error),
};
return await root.Parse(args).InvokeAsync();
