namespace OrderMatch.Cli.Benchmarks;

/// <summary>All runs of one instance: the allocation core's and the cbc executable's (empty when cbc was not run).</summary>
internal sealed record GapBenchmarkRow(string File, string Instance, int Agents, int Jobs, long? BestKnown, string BestKnownStatus,
    IReadOnlyList<GapRun> Core, IReadOnlyList<GapRun> Cbc)
{
    public double? CoreCost => Median.OfKnown(Core.Select(r => (double?)r.Cost));

    public double? CbcCost => Median.OfKnown(Cbc.Select(r => (double?)r.Cost));

    public double? CoreGapToBest => Gap(CoreCost);

    public double? CbcGapToBest => Gap(CbcCost);

    private double? Gap(double? cost) => cost is { } c && BestKnown is { } b && b != 0 ? (c - b) / Math.Abs((double)b) : null;
}
