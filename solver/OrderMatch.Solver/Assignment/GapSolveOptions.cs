namespace OrderMatch.Solver.Assignment;

/// <summary>Limits of one GAP solve. Limits live here, never in literals.</summary>
public sealed record GapSolveOptions
{
    /// <summary>Wall-clock limit of the whole solve (heuristics and MIP), in seconds.</summary>
    public double TimeLimitSeconds { get; init; } = 60;

    /// <summary>Share of the time limit given to the first, short CBC run on the exact MIP (after the construction).</summary>
    public double FirstMipShare { get; init; } = 0.05;

    /// <summary>Largest share of the time limit the Lagrangian-guided construction and the tabu search may take.</summary>
    public double HeuristicShare { get; init; } = 0.5;

    /// <summary>
    /// The tabu search ends early after this many returns to its best assignment in a row without finding a better one
    /// (it returns after 20 iterations per job, at least 1,000, without a better assignment).
    /// </summary>
    public int TabuStallRestarts { get; init; } = 10;

    /// <summary>
    /// Share of the time limit by whose end the large-neighbourhood search over agents (<see cref="GapAgentSearch"/>)
    /// stops and CBC takes the whole MIP; it starts when the tabu search ends.
    /// </summary>
    public double AgentSearchShare { get; init; } = 0.75;

    /// <summary>Time limit of one agent neighbourhood's MIP, in seconds.</summary>
    public double AgentStepSeconds { get; init; } = 2;

    /// <summary>
    /// The cbc executable that solves the agent neighbourhoods' MIPs, each in a process of its own, so that the many
    /// small solves cannot take this process down (the CBC library aborts the process on a failed internal assertion).
    /// When the file does not exist they are solved in this process.
    /// </summary>
    public string CbcExecutable { get; init; } = "/usr/bin/cbc";

    /// <summary>Subgradient iterations between two constructions from the current priced costs.</summary>
    public int ConstructionEvery { get; init; } = 25;

    public int Seed { get; init; } = 1;

    public int Threads { get; init; } = 1;

    /// <summary>CBC's integer preprocessing for the MIP phase ("on", "off", "sos", …); see <see cref="Cbc.CbcOptions.Preprocess"/>.</summary>
    public string MipPreprocess { get; init; } = "on";

    /// <summary>
    /// Use CBC: the short first MIP, the agent neighbourhoods and the final MIP, each from the best assignment so far.
    /// Off leaves the construction's and the tabu search's result.
    /// </summary>
    public bool UseMip { get; init; } = true;
}
