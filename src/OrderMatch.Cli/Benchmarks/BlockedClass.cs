namespace OrderMatch.Cli.Benchmarks;

/// <summary>A class of the plan in force that cannot stay as it is, with the hard rules (H1–H17) keeping it breaks.</summary>
public sealed record BlockedClass(string Class, IReadOnlyList<string> Rules);
