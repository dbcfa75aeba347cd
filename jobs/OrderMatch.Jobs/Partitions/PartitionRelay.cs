using OrderMatch.Solver;

namespace OrderMatch.Jobs.Partitions;

/// <summary>Keeps a partition solver's latest progress report for the next progress tick.</summary>
internal sealed class PartitionRelay : IProgress<SolveProgress>
{
    private SolveProgress? _latest;

    public void Report(SolveProgress value) => Volatile.Write(ref _latest, value);

    public (string Phase, double? Incumbent) Current() =>
        Volatile.Read(ref _latest) is { } p ? (p.Phase, p.Incumbent) : ("solving", null);
}
