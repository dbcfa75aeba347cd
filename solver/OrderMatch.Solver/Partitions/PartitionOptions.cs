namespace OrderMatch.Solver.Partitions;

/// <summary>How a partitioned run shares its time limit between the partitions and the repair after the merge.</summary>
public sealed record PartitionOptions
{
    /// <summary>Share of the run's time limit kept for the repair solve over the whole scenario after the merge.</summary>
    public double RepairShare { get; init; } = 0.25;

    /// <summary>Fewest seconds a partition or the repair is given, however small its share.</summary>
    public double MinimumSeconds { get; init; } = 2;

    /// <summary>
    /// Seconds partition <paramref name="partition"/> may take: its share of the trainees times what the repair leaves of
    /// <paramref name="timeLimitSeconds"/>. Partitions solved one after another on one worker together take that much;
    /// solved side by side on several workers, less.
    /// </summary>
    public double PartitionSeconds(double timeLimitSeconds, IReadOnlyList<ScenarioPartition> partitions, int partition)
    {
        ArgumentNullException.ThrowIfNull(partitions);
        var total = Math.Max(1, partitions.Sum(p => p.Trainees));
        var share = partitions.Count == 1 ? 1.0 : (double)partitions[partition].Trainees / total;
        return Math.Max(MinimumSeconds, timeLimitSeconds * (1 - RepairShare) * share);
    }

    public double RepairSeconds(double timeLimitSeconds) => Math.Max(MinimumSeconds, timeLimitSeconds * RepairShare);

    /// <summary>Seconds kept at the end of a run for checking and writing the merged plan.</summary>
    public double WriteSeconds { get; init; } = 5;

    /// <summary>
    /// Seconds the repair may take when it starts <paramref name="secondsBefore"/> into a run of
    /// <paramref name="timeLimitSeconds"/>: its share <paramref name="repairSeconds"/>, cut to what the limit leaves less
    /// <see cref="WriteSeconds"/>, and never under <see cref="MinimumSeconds"/>. Partitions solved one after another on
    /// one worker, and storing and loading them, would otherwise push the run past its limit.
    /// </summary>
    public double RepairSecondsLeft(double timeLimitSeconds, double repairSeconds, double secondsBefore) =>
        Math.Max(MinimumSeconds, Math.Min(repairSeconds, timeLimitSeconds - secondsBefore - WriteSeconds));
}
