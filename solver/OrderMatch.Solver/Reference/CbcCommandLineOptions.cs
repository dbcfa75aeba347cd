namespace OrderMatch.Solver.Reference;

/// <summary>How the cbc executable is run as a reference solver.</summary>
public sealed record CbcCommandLineOptions
{
    /// <summary>The executable: Debian's coinor-cbc installs /usr/bin/cbc.</summary>
    public string Executable { get; init; } = "/usr/bin/cbc";

    /// <summary>Wall-clock limit handed to cbc (<c>timeMode elapsed sec T</c>).</summary>
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>How often the child's peak memory is sampled.</summary>
    public TimeSpan MemorySampleInterval { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>
    /// Stop at the first this many integer solutions (<c>maxSolutions N</c>); null searches until the limit or a proof of
    /// optimality.
    /// </summary>
    public int? MaximumSolutions { get; init; }

    /// <summary>Extra wall-clock time allowed beyond the limit (reading the model, writing the solution) before cbc is killed.</summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>How long, after cbc ended or was killed, its exit and the rest of its output are waited for.</summary>
    public TimeSpan DrainTimeout { get; init; } = TimeSpan.FromSeconds(10);
}
