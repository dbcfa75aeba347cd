namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Reads status, objective, bound and values from a solved native model. Values CBC reports in
/// its minimisation sense are multiplied by <c>sense</c> to return to the caller's sense.
/// </summary>
internal static unsafe class CbcResultReader
{
    // CBC's "no value" for objective and bound is 1e50 (COIN_DBL_MAX for some paths).
    private const double NoValue = 1e49;

    // Cbc_secondaryStatus: 7 = linear relaxation unbounded.
    private const int SecondaryUnbounded = 7;

    public static CbcResult Read(CbcModelHandle handle, int columnCount, double sense, double seconds)
    {
        // Without integer columns Cbc_solve runs Clp alone and the flags describe the LP.
        var isMip = CbcNative.GetNumIntegers(handle) > 0;
        var status = isMip ? MipStatus(handle) : LpStatus(handle);
        if (status is not (CbcStatus.Optimal or CbcStatus.Feasible))
        {
            return new CbcResult(status, null, null, [], seconds);
        }

        var objective = CbcNative.GetObjectiveValue(handle);
        var values = CopyValues(handle, columnCount);
        double? bound = status == CbcStatus.Optimal ? objective : ValidBound(handle, objective);
        return new CbcResult(status, sense * objective + 0.0, bound is { } b ? sense * b + 0.0 : null, values, seconds);
    }

    private static CbcStatus MipStatus(CbcModelHandle handle)
    {
        var hasSolution = CbcNative.BestSolution(handle) is not null
            && Math.Abs(CbcNative.GetObjectiveValue(handle)) < NoValue;
        if (CbcNative.IsProvenOptimal(handle) != 0 && hasSolution)
        {
            return CbcStatus.Optimal;
        }

        if (CbcNative.IsContinuousUnbounded(handle) != 0 || CbcNative.SecondaryStatus(handle) == SecondaryUnbounded)
        {
            return CbcStatus.Unbounded;
        }

        if (CbcNative.IsProvenInfeasible(handle) != 0)
        {
            return CbcStatus.Infeasible;
        }

        if (hasSolution)
        {
            return CbcStatus.Feasible;
        }

        var stoppedAtLimit = CbcNative.IsSecondsLimitReached(handle) != 0
            || CbcNative.IsNodeLimitReached(handle) != 0
            || CbcNative.Status(handle) == 1;
        return stoppedAtLimit && CbcNative.IsAbandoned(handle) == 0
            ? CbcStatus.TimeLimitNoSolution
            : CbcStatus.Aborted;
    }

    private static CbcStatus LpStatus(CbcModelHandle handle)
    {
        if (CbcNative.IsProvenOptimal(handle) != 0)
        {
            return CbcStatus.Optimal;
        }

        if (CbcNative.IsInitialSolveProvenPrimalInfeasible(handle) != 0)
        {
            return CbcStatus.Infeasible;
        }

        // For an LP, Cbc_isProvenInfeasible also covers dual infeasibility, i.e. an unbounded LP.
        return CbcNative.IsProvenInfeasible(handle) != 0 ? CbcStatus.Unbounded : CbcStatus.Aborted;
    }

    /// <summary>CBC's best possible value, kept only when it is a real bound: never above the incumbent.</summary>
    private static double? ValidBound(CbcModelHandle handle, double objective)
    {
        var bound = CbcNative.GetBestPossibleObjectiveValue(handle);
        return double.IsFinite(bound) && Math.Abs(bound) < NoValue ? Math.Min(bound, objective) : null;
    }

    /// <summary>Copies the solution out of CBC's memory, which dies with the handle.</summary>
    private static double[] CopyValues(CbcModelHandle handle, int columnCount)
    {
        var solution = CbcNative.GetColumnSolution(handle);
        if (solution is null)
        {
            solution = CbcNative.BestSolution(handle);
        }

        return solution is null ? [] : new ReadOnlySpan<double>(solution, columnCount).ToArray();
    }
}
