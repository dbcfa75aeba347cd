namespace OrderMatch.Domain.Model;

/// <summary>Key figures of a plan (FORMAT.md, KPIs).</summary>
public sealed record Kpis
{
    public int TraineesRequested { get; init; }
    public int TraineesServed { get; init; }
    public double Coverage { get; init; }
    public double WeightedCoverage { get; init; }
    public int Classes { get; init; }
    public double AvgClassSize { get; init; }
    public double AvgTraineeKm { get; init; }
    public double BaseUtilization { get; init; }
    public double CrossRegionShare { get; init; }
}
