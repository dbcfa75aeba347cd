using System.CommandLine;
using OrderMatch.Cli.Commands;

namespace OrderMatch.Cli;

/// <summary>The `ordermatch` command line: one command per file under Commands/.</summary>
public static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("OrderMatch — turns enterprises' training orders into an optimized, explained training schedule.");
        root.Add(GenerateCommand.Create());
        root.Add(ValidateCommand.Create());
        root.Add(CheckCommand.Create());
        root.Add(SolveCommand.Create());
        root.Add(BenchCommand.Create());
        root.Add(DbCommand.Create());
        root.Add(WorkerCommand.Create());
        root.Add(RunCommand.Create());
        root.Add(RunsCommand.Create());
        root.Add(PlansCommand.Create());
        root.Add(UsersCommand.Create());
        return root;
    }

    public static int Run(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        TerminalSetup.Apply();
        return Build().Parse(args).Invoke();
    }
}
