
namespace OrderMatch.Reliability.Tests.Support;

/// <summary>
/// Runs the `ordermatch` command line from its own build folder (same configuration as the tests) as a child process,
/// colours off, capturing what it prints; killed with its process tree when it outlives the timeout.
/// </summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int Invalid = 1;
    public const int Unreadable = 2;

    public static string AssemblyPath { get; } = Locate();

    public static Task<CliRun> RunAsync(string workingDirectory, IReadOnlyList<string> arguments, TimeSpan? timeout = null) =>
        OrdermatchProcess.RunAsync(AssemblyPath, workingDirectory, arguments, timeout ?? TimeSpan.FromSeconds(120));

    private static string Locate()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;
        var path = Path.Combine(OrderMatch.Domain.Tests.TestData.RepositoryRoot, "src", "OrderMatch.Cli", "bin", configuration, "net10.0", "ordermatch.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"build the command line first: {path} is missing", path);
    }
}
