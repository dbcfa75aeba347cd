namespace OrderMatch.Cli.Benchmarks;

/// <summary>One solve of one GAP instance by one solver: cost (null when it found no feasible assignment), bound and seconds.</summary>
internal sealed record GapRun(long? Cost, double? Bound, bool Optimal, double Seconds, double? FirstFeasibleSeconds, bool Feasible);
