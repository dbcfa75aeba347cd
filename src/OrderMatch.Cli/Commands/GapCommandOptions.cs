using System.CommandLine;

namespace OrderMatch.Cli.Commands;

/// <summary>The arguments and options of `bench gap`.</summary>
internal sealed record GapCommandOptions(
    Argument<FileInfo[]> Files,
    Option<double> TimeLimit,
    Option<int> Runs,
    Option<bool> Cbc,
    Option<bool> NoCbc,
    Option<FileInfo?> Output,
    Option<string?> Instances);
