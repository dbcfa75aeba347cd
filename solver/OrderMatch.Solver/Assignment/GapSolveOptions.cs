namespace OrderMatch.Solver.Assignment;

/// <summary>Limits of one GAP solve. Limits live here, never in literals.</summary>
public sealed record GapSolveOptions
{
    /// <summary>Wall-clock limit of the whole solve (heuristics and MIP), in seconds.</summary>
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>Largest share of the time limit the Lagrangian-guided construction and local search may take before CBC starts.</summary>
    public double HeuristicShare { get; init; } = 0.2;

    /// <summary>Perturbation rounds of the iterated local search without improvement after which the heuristic phase ends early.</summary>
    public int StallRounds { get; init; } = 3000;

    /// <summary>Subgradient iterations between two constructions from the current priced costs.</summary>
    public int ConstructionEvery { get; init; } = 25;

    public int Seed { get; init; } = 1;

    public int Threads { get; init; } = 1;

    /// <summary>CBC's integer preprocessing for the MIP phase ("on", "off", "sos", …); see <see cref="Cbc.CbcOptions.Preprocess"/>.</summary>
    public string MipPreprocess { get; init; } = "on";

    /// <summary>Run CBC on the MIP after the heuristics (with their best assignment as the start); off leaves a heuristic result.</summary>
    public bool UseMip { get; init; } = true;
}
