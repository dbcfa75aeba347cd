namespace OrderMatch.Solver.Cbc;

/// <summary>Limits and switches of one solve. Every property has a usable default.</summary>
public sealed record CbcOptions
{
    /// <summary>Wall-clock limit of the branch and bound; <c>null</c> means no limit.</summary>
    public double? TimeLimitSeconds { get; init; }

    /// <summary>
    /// CPU seconds the process gets per wall-clock second (below 1 on a loaded machine). CBC counts its limit in CPU
    /// time, so it receives <see cref="TimeLimitSeconds"/> × this.
    /// </summary>
    public double CpuShare { get; init; } = 1;

    /// <summary>Stop when |incumbent − bound| / |incumbent| falls below this.</summary>
    public double RelativeGap { get; init; } = 1e-6;

    /// <summary>Stop when |incumbent − bound| falls below this; <c>null</c> keeps CBC's default.</summary>
    public double? AbsoluteGap { get; init; }

    /// <summary>Branch-and-bound threads; 1 gives deterministic runs.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>With several threads, search in CBC's repeatable parallel mode, so equal inputs give equal answers.</summary>
    public bool Repeatable { get; init; } = true;

    /// <summary>CBC log level; 0 is silent, 1 and above let CBC print its log to stdout.</summary>
    public int LogLevel { get; init; }

    /// <summary>Seed of CBC's random number generator; <c>null</c> keeps CBC's default seed.</summary>
    public int? Seed { get; init; }

    /// <summary>Maximise the objective instead of minimising it.</summary>
    public bool Maximize { get; init; }

    /// <summary>Branch-and-bound node limit; <c>null</c> means no limit, 0 stops after the root node.</summary>
    public int? MaximumNodes { get; init; }

    /// <summary>
    /// CBC's integer preprocessing: "sos" (CBC's default), "on", "off", "equal", …; <c>null</c> keeps the default.
    /// With a MIP start, "sos" can crash CBC 2.10 in CglPreProcess::postProcess (coin-or/Cbc#449); use "on".
    /// </summary>
    public string? Preprocess { get; init; }

    /// <summary>
    /// Rounds of cut generation at the root node (CBC's "passCuts"); <c>null</c> keeps CBC's default (20 to 100 rounds
    /// by model size), 0 generates no cuts at the root. A negative -n also runs n rounds when the bound does not move.
    /// </summary>
    public int? CutPasses { get; init; }

    /// <summary>
    /// Rounds of cut generation at each node of the tree (CBC's "passTreeCuts"); <c>null</c> keeps CBC's default (one).
    /// </summary>
    public int? TreeCutPasses { get; init; }

    /// <summary>
    /// Whether CBC generates cuts at all (its "cuts" switch, default on); false turns every cut generator off, at the
    /// root and in the tree.
    /// </summary>
    public bool CutGenerators { get; init; } = true;

    /// <summary>
    /// Variables CBC tries by strong branching at each node (its "strongBranching", default 5); 0 branches without
    /// trying any. <c>null</c> keeps CBC's default.
    /// </summary>
    public int? StrongBranching { get; init; }

    /// <summary>
    /// Whether CBC runs its primal heuristics (feasibility pump, rounding, diving, RINS, …; its "heuristicsOnOff").
    /// Off, a MIP start is still completed and kept, and the branch and bound alone looks for better solutions.
    /// </summary>
    public bool Heuristics { get; init; } = true;

    /// <summary>
    /// Measure <see cref="TimeLimitSeconds"/> in wall-clock seconds instead of CBC's default, CPU seconds
    /// (<see cref="CpuShare"/> then does not apply).
    /// </summary>
    public bool WallClockLimit { get; init; }

    /// <summary>
    /// The cbc executable (Debian's coinor-cbc installs /usr/bin/cbc) in which to run the branch and bound as a process
    /// of its own, with the same parameters; <c>null</c> solves in this process. Solves in this process take turns (CBC
    /// reads their parameters through a global cursor), solves in processes of their own run side by side, and each
    /// counts its own CPU time (or the wall clock, <see cref="WallClockLimit"/>). Models without integer columns are
    /// always solved here, by Clp.
    /// </summary>
    public string? Executable { get; init; }
}
