namespace OrderMatch.Data.Runs;

/// <summary>What a planning run was asked for: its time limit, solver threads, seed and partitions.</summary>
public sealed record RunOptions
{
    public double TimeLimitSeconds { get; init; } = 60;

    public int Threads { get; init; } = 1;

    public int Seed { get; init; } = 1;

    /// <summary>Partitions the run is split into, each solved as its own job and then merged; 1 solves the whole scenario as one job.</summary>
    public int Partitions { get; init; } = 1;

    /// <summary>The first problem with these options, naming the field and the rule, or null when they are sound.</summary>
    public string? Problem() =>
        !double.IsFinite(TimeLimitSeconds) || TimeLimitSeconds <= 0 || TimeLimitSeconds > 86_400
            ? "timeLimitSeconds must be a number of seconds above 0 and at most 86400"
            : Threads is < 1 or > 64
                ? "threads must be between 1 and 64"
                : Seed < 0
                    ? "seed must be 0 or more"
                    : Partitions is < 1 or > 32 ? "partitions must be between 1 and 32" : null;
}
