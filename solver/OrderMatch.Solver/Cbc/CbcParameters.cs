using System.Globalization;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Passes <see cref="CbcOptions"/> to CBC. <c>Cbc_setParameter</c> appends "-name value" to the
/// command line CBC's solver driver (CbcMain1) runs, so names are those of the cbc executable, and the same list is the
/// command line of a solve in a process of its own (<see cref="CbcProcessRun"/>).
/// These only reach the branch and bound: models without integer columns are solved by Clp directly.
/// </summary>
internal static class CbcParameters
{
    private const int DeterministicThreadsBase = 100;

    public static void Apply(CbcModelHandle model, CbcOptions options, int logLevel)
    {
        // The parameter drives the branch and bound; the call also quietens Clp for pure LPs.
        CbcNative.SetLogLevel(model, logLevel);
        foreach (var (name, value) in Of(options, logLevel))
        {
            CbcNative.SetParameter(model, name, value);
        }
    }

    /// <summary>The solve's parameters as cbc command-line names and values, in the order CBC reads them.</summary>
    public static List<(string Name, string Value)> Of(CbcOptions options, int logLevel)
    {
        var parameters = new List<(string, string)> { ("log", Text(logLevel)), ("ratioGap", Text(options.RelativeGap)) };
        if (options.AbsoluteGap is { } absoluteGap)
        {
            parameters.Add(("allowableGap", Text(absoluteGap)));
        }

        if (options.WallClockLimit)
        {
            parameters.Add(("timeMode", "elapsed"));
        }

        if (options.TimeLimitSeconds is { } seconds)
        {
            // CBC counts its limit in CPU time. Its elapsed-time mode would follow the wall clock but lets the machine's
            // load change the search (runs stop repeating), so unless that mode is asked for, the wall-clock limit is
            // turned into CPU seconds at the share of a core the process is getting.
            parameters.Add(("sec", Text(options.WallClockLimit ? seconds : seconds * options.CpuShare)));
        }

        if (options.MaximumNodes is { } nodes)
        {
            parameters.Add(("maxNodes", Text(nodes)));
        }

        // 0 and 1 both mean "no extra threads"; CBC rejects nothing here, it just clamps. CBC reads 100 + n as n threads
        // in its repeatable (deterministic) parallel mode.
        if (options.Threads > 1)
        {
            parameters.Add(("threads", Text(options.Repeatable ? DeterministicThreadsBase + options.Threads : options.Threads)));
        }

        if (options.Preprocess is { } preprocess)
        {
            parameters.Add(("preprocess", preprocess));
        }

        if (!options.CutGenerators)
        {
            parameters.Add(("cuts", "off"));
        }

        if (options.CutPasses is { } cutPasses)
        {
            parameters.Add(("passCuts", Text(cutPasses)));
        }

        if (options.TreeCutPasses is { } treeCutPasses)
        {
            parameters.Add(("passTreeCuts", Text(treeCutPasses)));
        }

        if (!options.Heuristics)
        {
            parameters.Add(("heuristicsOnOff", "off"));
        }

        if (options.StrongBranching is { } strongBranching)
        {
            parameters.Add(("strongBranching", Text(strongBranching)));
        }

        if (options.Seed is { } seed)
        {
            parameters.Add(("randomCbcSeed", Text(seed)));
        }

        return parameters;
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
