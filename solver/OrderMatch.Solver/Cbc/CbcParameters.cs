using System.Globalization;

namespace OrderMatch.Solver.Cbc;

/// <summary>
/// Passes <see cref="CbcOptions"/> to CBC. <c>Cbc_setParameter</c> appends "-name value" to the
/// command line CBC's solver driver (CbcMain1) runs, so names are those of the cbc executable.
/// These only reach the branch and bound: models without integer columns are solved by Clp directly.
/// </summary>
internal static class CbcParameters
{
    private const int DeterministicThreadsBase = 100;

    public static void Apply(CbcModelHandle model, CbcOptions options, int logLevel)
    {
        // The parameter drives the branch and bound; the call also quietens Clp for pure LPs.
        Set(model, "log", logLevel);
        CbcNative.SetLogLevel(model, logLevel);
        Set(model, "ratioGap", options.RelativeGap);
        if (options.AbsoluteGap is { } absoluteGap)
        {
            Set(model, "allowableGap", absoluteGap);
        }

        if (options.WallClockLimit)
        {
            CbcNative.SetParameter(model, "timeMode", "elapsed");
        }

        if (options.TimeLimitSeconds is { } seconds)
        {
            // CBC counts its limit in CPU time. Its elapsed-time mode would follow the wall clock but lets the machine's
            // load change the search (runs stop repeating), so the wall-clock limit is turned into CPU seconds at the
            // share of a core the process is getting.
            Set(model, "sec", seconds * options.CpuShare);
        }

        if (options.MaximumNodes is { } nodes)
        {
            Set(model, "maxNodes", nodes);
        }

        // 0 and 1 both mean "no extra threads"; CBC rejects nothing here, it just clamps. CBC reads 100 + n as n threads
        // in its repeatable (deterministic) parallel mode.
        if (options.Threads > 1)
        {
            Set(model, "threads", options.Repeatable ? DeterministicThreadsBase + options.Threads : options.Threads);
        }

        if (options.Preprocess is { } preprocess)
        {
            CbcNative.SetParameter(model, "preprocess", preprocess);
        }

        if (!options.CutGenerators)
        {
            CbcNative.SetParameter(model, "cuts", "off");
        }

        if (options.CutPasses is { } cutPasses)
        {
            Set(model, "passCuts", cutPasses);
        }

        if (options.TreeCutPasses is { } treeCutPasses)
        {
            Set(model, "passTreeCuts", treeCutPasses);
        }

        if (options.Seed is { } seed)
        {
            Set(model, "randomCbcSeed", seed);
        }
    }

    private static void Set(CbcModelHandle model, string name, double value) =>
        CbcNative.SetParameter(model, name, value.ToString("R", CultureInfo.InvariantCulture));

    private static void Set(CbcModelHandle model, string name, int value) =>
        CbcNative.SetParameter(model, name, value.ToString(CultureInfo.InvariantCulture));
}
