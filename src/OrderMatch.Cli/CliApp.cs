using System.CommandLine;
using OrderMatch.Cli.Commands;
using OrderMatch.Solver.Cbc;

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
        var parse = Build().Parse(args);
        try
        {
            return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (CbcException e) when (e.Code == CbcException.LibraryMissing)
        {
            // Any command that plans needs CBC: one line saying what to install, not a stack trace.
            Console.Error.WriteLine(e.Message);
            return ExitCodes.Unreadable;
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Invalid;
        }
        catch (Exception e)
        {
            // What System.CommandLine's own handler prints and returns.
            Console.Error.WriteLine($"Unhandled exception: {e}");
            return ExitCodes.Invalid;
        }
    }
}
