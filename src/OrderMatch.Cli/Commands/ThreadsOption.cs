using System.CommandLine;

namespace OrderMatch.Cli.Commands;

/// <summary>The `--threads` option of the commands that plan, with one description of what the cores are used for.</summary>
internal static class ThreadsOption
{
    public static Option<int> Create() => new("--threads")
    {
        Description = "Cores to use: CBC threads for an exact model, neighbourhoods side by side in a sliced run",
        DefaultValueFactory = _ => 1,
    };
}
