namespace OrderMatch.Solver.Cbc;

/// <summary>Outcome of a solve, read from CBC's proven/limit flags.</summary>
public enum CbcStatus
{
    /// <summary>Proven optimal (within the requested gap).</summary>
    Optimal,

    /// <summary>Stopped at a limit (time, nodes, cancellation) holding a feasible solution.</summary>
    Feasible,

    /// <summary>Proven infeasible.</summary>
    Infeasible,

    /// <summary>Stopped at a limit before any feasible solution was found.</summary>
    TimeLimitNoSolution,

    /// <summary>The continuous relaxation is unbounded.</summary>
    Unbounded,

    /// <summary>Abandoned (numerical trouble or an unexplained stop without a solution).</summary>
    Aborted,
}
